package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.BusinessAttributeRules;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Severity;

/**
 * Sending as another domain's address needs Send As rights for the login the outbound mailbox signs in with
 * (facts §2, an inference): each From address is compared with that login and with the From Address, so the
 * mailbox is never told to grant rights to itself; a From Address on another domain than the login is flagged too.
 * The comparison is {@link BusinessAttributeRules#needsSendAs}, which the From addresses window uses as well.
 */
public final class SendAsNeeded extends Rule {

    public SendAsNeeded() {
        super("sendAs", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        OutboundMailbox outbound = workspace.outbound().orElse(null);
        if (outbound == null) {
            return;
        }
        String login = outbound.login();
        if (BusinessAttributeRules.fromAddressNeedsSendAs(outbound.fromAddress(), login)) {
            reporter.report(ItemRef.of(outbound), outbound.fromAddress(), FromAddress.domainOf(login), login, 1);
        }
        for (FromAddress value : workspace.content().fromAddressValues()) {
            if (BusinessAttributeRules.needsSendAs(value.address(), outbound.fromAddress(), login)) {
                reporter.report(ItemRef.of(value), value.address(), BusinessAttributeRules.sendingDomain(outbound.fromAddress(), login), login, 0);
            }
        }
    }
}
