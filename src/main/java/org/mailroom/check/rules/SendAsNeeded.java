package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.check.Severity;
import org.mailroom.domain.BusinessAttributeRules;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.OutboundMailbox;

/** Sending as another domain's address needs Send As rights on the outbound mailbox (facts §2, an inference). */
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
        for (FromAddress value : workspace.content().fromAddressValues()) {
            if (BusinessAttributeRules.sendAsWarning(value, outbound.fromAddress()).isPresent()) {
                reporter.report(ItemRef.of(value), value.address(), FromAddress.domainOf(outbound.fromAddress()),
                        outbound.login());
            }
        }
    }
}
