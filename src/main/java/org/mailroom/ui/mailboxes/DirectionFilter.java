package org.mailroom.ui.mailboxes;

import org.mailroom.domain.Direction;

/** The All / Inbound / Outbound filter above the mailbox table. */
public enum DirectionFilter {
    ALL, INBOUND, OUTBOUND;

    boolean accepts(Direction direction) {
        return this == ALL || name().equals(direction.name());
    }
}
