package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ExchangeOnline;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Severity;
import org.mailroom.retirements.Retirement;

/**
 * SMTP AUTH with a password is off by default for Exchange Online tenants created since 2020, and from
 * {@link Retirement#SMTP_BASIC_AUTH_OFF_BY_DEFAULT} for existing tenants too (facts §7); removal follows (5.7.30). A
 * warning, as the tenant may still turn it back on; the message names the date, in the tense today calls for.
 */
public final class SmtpBasicAuth extends Rule {

    public SmtpBasicAuth() {
        super("smtpBasicAuth", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (OutboundMailbox outbound : workspace.outboundMailboxes()) {
            // a Graph outbound mailbox sends with the app's token, never with SMTP AUTH
            boolean exchangeSmtp = outbound.mailServer().filter(ExchangeOnline::isExchangeOnline).isPresent();
            if (exchangeSmtp && workspace.oauthLink(outbound).isEmpty()) {
                reporter.report(ItemRef.of(outbound), outbound.name(), outbound.endpoint().host(), outbound.login(),
                        Retirement.SMTP_BASIC_AUTH_OFF_BY_DEFAULT.inEffectOn(workspace.today()) ? 1 : 0,
                        Retirement.SMTP_BASIC_AUTH_OFF_BY_DEFAULT.when());
            }
        }
    }

    @Override
    protected Object[] descriptionArguments() {
        return new Object[] {Retirement.SMTP_BASIC_AUTH_OFF_BY_DEFAULT.when()};
    }
}
