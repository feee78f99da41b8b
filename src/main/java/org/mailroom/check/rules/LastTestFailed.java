package org.mailroom.check.rules;

import java.util.Date;
import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Severity;
import org.mailroom.mail.LastTest;

/** The last connection test failed: as configured, the mailbox does not work. */
public final class LastTestFailed extends Rule {

    public LastTestFailed() {
        super("lastTestFailed", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (Mailbox mailbox : workspace.mailboxes()) {
            LastTest test = workspace.lastTest(mailbox).orElse(null);
            if (test != null && test.failed()) {
                reporter.report(ItemRef.of(mailbox), mailbox.name(), Date.from(test.testedAt()), test.summary());
            }
        }
    }
}
