package org.mailroom.ui.mailboxes;

import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.ui.common.SaveConflict;

/**
 * A mailbox save refused because another admin saved the mailbox first: the form stays open with the edits, and offers
 * Reload and Compare over the mailbox's login, server, and maximum size or From address.
 */
public final class FormConflict extends SaveConflict<Mailbox> {

    FormConflict() {
        super(Mailbox.class, FormConflict::compare);
    }

    private static void compare(Mailbox yours, Mailbox theirs, Lines lines) {
        lines.field("field.login", yours.login(), theirs.login()).field("field.server", yours.endpoint().label(), theirs.endpoint().label());
        if (yours instanceof InboundMailbox mine && theirs instanceof InboundMailbox other) {
            lines.field("field.maxSize", mine.maxSizeMb(), other.maxSizeMb());
        }
        if (yours instanceof OutboundMailbox mine && theirs instanceof OutboundMailbox other) {
            lines.field("field.fromAddress", mine.fromAddress(), other.fromAddress());
        }
    }
}
