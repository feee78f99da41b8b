package org.mailroom.ui.mailboxes;

import org.mailroom.domain.Direction;

/** The All / Inbound / Outbound / Enabled / Disabled filter above the mailbox table. */
public enum MailboxFilter {
    ALL, INBOUND, OUTBOUND, ENABLED, DISABLED;

    boolean accepts(MailboxItem item) {
        return switch (this) {
            case ALL -> true;
            case INBOUND -> item.direction() == Direction.INBOUND;
            case OUTBOUND -> item.direction() == Direction.OUTBOUND;
            case ENABLED -> item.isEnabled();
            case DISABLED -> !item.isEnabled();
        };
    }
}
