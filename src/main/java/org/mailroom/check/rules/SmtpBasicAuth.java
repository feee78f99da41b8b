package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ExchangeOnline;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Severity;

/**
 * SMTP AUTH with a password is off by default for Exchange Online tenants since 2020 and being retired
 * (facts §4 and §5: 5.7.139, 5.7.30); a warning, as the tenant may still allow it.
 */
public final class SmtpBasicAuth extends Rule {

    public SmtpBasicAuth() {
        super("smtpBasicAuth", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (OutboundMailbox outbound : workspace.outboundMailboxes()) {
            if (ExchangeOnline.isExchangeOnline(outbound.server()) && workspace.oauthLink(outbound).isEmpty()) {
                reporter.report(ItemRef.of(outbound), outbound.name(), outbound.server().host(), outbound.login());
            }
        }
    }
}
