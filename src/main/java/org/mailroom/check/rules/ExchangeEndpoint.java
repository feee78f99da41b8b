package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ExchangeOnline;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.check.WellKnownPorts;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.Severity;

/**
 * Exchange Online documents IMAP 993 and POP3 995 with SSL/TLS and SMTP 587 with STARTTLS; other ports (the
 * plain-text 143 and 110 upgraded with STARTTLS, 465) are not what Microsoft supports for clients. Entries
 * without TLS and SMTP on port 25 have rules of their own.
 */
public final class ExchangeEndpoint extends Rule {

    public ExchangeEndpoint() {
        super("exchangeEndpoint", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (MailServer server : workspace.serverEntries()) {
            boolean otherRule = server.security() == ConnectionSecurity.NONE
                    || server.protocol() == Protocol.SMTP && server.port() == SmtpPort25.PORT
                    || WellKnownPorts.conflict(server).isPresent();
            if (!otherRule && ExchangeOnline.isExchangeOnline(server) && !ExchangeOnline.isDocumentedEndpoint(server)) {
                reporter.report(ItemRef.of(server), server.address(), server.protocol(), server.security().label(),
                        String.valueOf(ExchangeOnline.documentedPort(server.protocol())),
                        ExchangeOnline.documentedSecurity(server.protocol()).label());
            }
        }
    }
}
