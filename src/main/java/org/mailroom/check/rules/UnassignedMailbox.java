package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Severity;

/** A mailbox is enabled only through a Digital application; unassigned, it stays disabled. */
public final class UnassignedMailbox extends Rule {

    public UnassignedMailbox() {
        super("unassigned", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (Mailbox mailbox : workspace.mailboxes()) {
            if (workspace.applicationOf(mailbox).isEmpty()) {
                reporter.report(ItemRef.of(mailbox), mailbox.name());
            }
        }
    }
}
