package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Severity;

/** Genesys recommends at most 25 mailboxes per E-mail Server instance; a workspace is one instance's configuration. */
public final class TooManyMailboxes extends Rule {

    public static final int RECOMMENDED_MAXIMUM = 25;

    public TooManyMailboxes() {
        super("tooManyMailboxes", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        int count = workspace.mailboxes().size();
        if (count > RECOMMENDED_MAXIMUM) {
            reporter.report(ItemRef.WORKSPACE, count, RECOMMENDED_MAXIMUM);
        }
    }
}
