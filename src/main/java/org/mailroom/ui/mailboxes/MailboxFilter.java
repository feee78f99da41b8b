package org.mailroom.ui.mailboxes;

import org.mailroom.domain.Direction;
import org.mailroom.domain.MailboxKind;

/** The All / Inbound / Outbound / Enabled / Disabled / EWS / Graph filter above the mailbox table. */
public enum MailboxFilter {
    ALL, INBOUND, OUTBOUND, ENABLED, DISABLED, EWS, GRAPH;

    boolean accepts(MailboxItem item) {
        return switch (this) {
            case ALL -> true;
            case INBOUND -> item.direction() == Direction.INBOUND;
            case OUTBOUND -> item.direction() == Direction.OUTBOUND;
            case ENABLED -> item.isEnabled();
            case DISABLED -> !item.isEnabled();
            // the kinds an admin moving off EWS, or checking what moved, looks for
            case EWS -> item.mailbox().kind() == MailboxKind.EWS;
            case GRAPH -> item.mailbox().kind() == MailboxKind.GRAPH;
        };
    }
}
