package org.mailroom.check.rules;

import java.util.List;
import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Severity;
import org.mailroom.domain.WorkspaceRules;

/** Mailbox Names are unique ignoring case; the store enforces it, a file may not. The later ones are reported. */
public final class DuplicateMailboxName extends Rule {

    public DuplicateMailboxName() {
        super("duplicateName", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        WorkspaceRules rules = WorkspaceRules.of(List.of());
        for (Mailbox mailbox : workspace.mailboxes()) {
            if (!CheckContext.isInbound(mailbox)) {
                continue; // every outbound mailbox is smtp-client: a second one is SecondOutboundMailbox's finding
            }
            rules.add(mailbox).ifPresent(earlier -> reporter.report(ItemRef.of(mailbox), mailbox.name(), earlier));
        }
    }
}
