package org.mailroom.check.rules;

import java.util.List;
import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Severity;
import org.mailroom.domain.WorkspaceRules;

/** The spec permits one outbound mailbox; a workspace file may hold more. */
public final class SecondOutboundMailbox extends Rule {

    public SecondOutboundMailbox() {
        super("secondOutbound", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        WorkspaceRules rules = WorkspaceRules.of(List.of());
        for (OutboundMailbox mailbox : workspace.outboundMailboxes()) {
            if (rules.checkDirection(mailbox.direction()).isPresent()) {
                reporter.report(ItemRef.of(mailbox), mailbox.fromAddress(), workspace.outboundMailboxes().get(0).fromAddress());
            }
            rules.add(mailbox);
        }
    }
}
