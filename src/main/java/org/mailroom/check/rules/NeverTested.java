package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Severity;

/** Only a connection test shows that the server, the login and the password or app work together. */
public final class NeverTested extends Rule {

    public NeverTested() {
        super("neverTested", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (Mailbox mailbox : workspace.mailboxes()) {
            if (workspace.lastTest(mailbox).isEmpty()) {
                reporter.report(ItemRef.of(mailbox), mailbox.name());
            }
        }
    }
}
