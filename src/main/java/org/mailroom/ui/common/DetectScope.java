package org.mailroom.ui.common;

import org.mailroom.domain.Direction;
import org.mailroom.text.Text;

/** Which servers a Detect servers window offers: the mailbox form's direction, or both in the servers manager. */
public enum DetectScope {
    INBOUND, OUTBOUND, ALL;

    public static DetectScope of(Direction direction) {
        return direction == Direction.INBOUND ? INBOUND : OUTBOUND;
    }

    public boolean includes(Direction direction) {
        return this == ALL || this == of(direction);
    }

    /** "Servers for reading mail (IMAP, POP3)", above the list. */
    public String label() {
        return Text.get("detect.scope." + name());
    }
}
