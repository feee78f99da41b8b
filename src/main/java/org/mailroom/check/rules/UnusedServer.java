package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.BuiltInServers;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Severity;

/** An entry no mailbox uses only lengthens the drop-down; the built-in presets are offered, not clutter. */
public final class UnusedServer extends Rule {

    public UnusedServer() {
        super("unusedServer", Severity.INFO);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (MailServer server : workspace.serverEntries()) {
            if (!workspace.isUsed(server) && !BuiltInServers.isBuiltIn(server)) {
                reporter.report(ItemRef.of(server), server.label());
            }
        }
    }
}
