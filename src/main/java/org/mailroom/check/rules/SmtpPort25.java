package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.Severity;

/** Port 25 is for relaying between mail servers; many networks block it, and submission belongs on 587 or 465. */
public final class SmtpPort25 extends Rule {

    static final int PORT = 25;

    public SmtpPort25() {
        super("smtpPort25", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (MailServer server : workspace.serverEntries()) {
            if (server.protocol() == Protocol.SMTP && server.port() == PORT) {
                reporter.report(ItemRef.of(server), server.address());
            }
        }
    }
}
