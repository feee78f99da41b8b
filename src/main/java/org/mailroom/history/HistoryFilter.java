package org.mailroom.history;

import java.time.Instant;

/**
 * Which changes to show; every part may be null for "any".
 *
 * @param itemName part of the item's name, ignoring case
 * @param osUser   the admin, by OS user
 * @param from     the first instant included
 * @param until    the first instant no longer included
 */
public record HistoryFilter(ItemType type, Long itemId, String itemName, String osUser, Instant from, Instant until) {

    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null, null, null);

    /** Every change of one item. */
    public static HistoryFilter of(ItemType type, long itemId) {
        return new HistoryFilter(type, itemId, null, null, null, null);
    }
}
