package org.mailroom.domain;

import java.time.Instant;

/**
 * The version of an item row as a client read it, and who changed it last and when (null for rows from before
 * versions were kept). An edit carries the version it started from; a save over a newer one is refused.
 */
public record ItemVersion(long version, String changedBy, Instant changedAt) {

    /** The version of a row nobody has read: a save with it is checked against nothing but existence. */
    public static final ItemVersion UNKNOWN = new ItemVersion(0, null, null);

    /** An edit that started when there was no such row: a row another admin added since is not overwritten. */
    public static final ItemVersion NONE = new ItemVersion(-1, null, null);
}
