package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ExchangeOnline;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Severity;

/** Exchange Online serves IMAP, POP3 and SMTP over TLS only (facts §4); a plain connection cannot sign in. */
public final class ExchangePlainText extends Rule {

    public ExchangePlainText() {
        super("exchangePlainText", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (MailServer server : workspace.serverEntries()) {
            if (server.security() == ConnectionSecurity.NONE && ExchangeOnline.isExchangeOnline(server)) {
                reporter.report(ItemRef.of(server), server.address(), server.protocol(),
                        String.valueOf(ExchangeOnline.documentedPort(server.protocol())),
                        ExchangeOnline.documentedSecurity(server.protocol()).label());
            }
        }
    }
}
