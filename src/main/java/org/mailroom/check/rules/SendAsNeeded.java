package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Severity;

/**
 * Sending as another domain's address needs Send As rights on the outbound mailbox (facts §2, an
 * inference), as {@link org.mailroom.domain.BusinessAttributeRules#sendAsWarning} warns in the From addresses window.
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
        String domain = FromAddress.domainOf(outbound.fromAddress());
        for (FromAddress value : workspace.content().fromAddressValues()) {
            // the comparison of BusinessAttributeRules.sendAsWarning, without formatting its message
            if (!value.domain().equals(domain)) {
                reporter.report(ItemRef.of(value), value.address(), domain, outbound.login());
            }
        }
    }
}
