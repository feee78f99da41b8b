package org.mailroom.check.rules;

import java.util.HashMap;
import java.util.Map;
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
        Map<String, Mailbox> first = new HashMap<>();
        for (Mailbox mailbox : workspace.mailboxes()) {
            if (!CheckContext.isInbound(mailbox)) {
                continue; // every outbound mailbox is smtp-client: a second one is SecondOutboundMailbox's finding
            }
            Mailbox earlier = first.putIfAbsent(WorkspaceRules.nameKey(mailbox.name()), mailbox);
            if (earlier != null) {
                reporter.report(ItemRef.of(mailbox), mailbox.name(), earlier.name());
            }
        }
    }
}
