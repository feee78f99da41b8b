package org.mailroom.check.rules;

import java.util.List;
import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Severity;

/** The spec permits one outbound mailbox; a workspace file may hold more. */
public final class SecondOutboundMailbox extends Rule {

    public SecondOutboundMailbox() {
        super("secondOutbound", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        List<OutboundMailbox> outbound = workspace.outboundMailboxes();
        for (OutboundMailbox extra : outbound.subList(Math.min(1, outbound.size()), outbound.size())) {
            reporter.report(ItemRef.of(extra), extra.fromAddress(), outbound.get(0).fromAddress());
        }
    }
}
