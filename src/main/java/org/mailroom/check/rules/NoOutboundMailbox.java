package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Severity;

/** Without smtp-client agents cannot reply to anyone. */
public final class NoOutboundMailbox extends Rule {

    public NoOutboundMailbox() {
        super("noOutbound", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        if (workspace.outboundMailboxes().isEmpty()) {
            reporter.report(ItemRef.WORKSPACE);
        }
    }
}
