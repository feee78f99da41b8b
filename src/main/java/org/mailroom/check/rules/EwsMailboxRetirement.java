package org.mailroom.check.rules;

import java.time.LocalDate;
import org.mailroom.check.CheckContext;
import org.mailroom.check.ExchangeOnline;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.EwsEndpoint;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Severity;
import org.mailroom.retirements.Retirement;

/**
 * An EWS mailbox on Exchange Online: EWS there is blocked from 2026-10-01 (unless the app is allow-listed) and shut
 * down on 2027-04-01 (facts §7). A warning before the block, an error from its first day on, as {@link EwsRetirement}
 * judges registrations. EWS on an on-premises Exchange server is not affected and not reported.
 */
public final class EwsMailboxRetirement extends Rule {

    public EwsMailboxRetirement() {
        super("ewsMailbox", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        LocalDate today = workspace.today();
        int stage = Retirement.EWS_SHUT_DOWN.inEffectOn(today) ? 2 : Retirement.EWS_BLOCKED.inEffectOn(today) ? 1 : 0;
        for (Mailbox mailbox : workspace.mailboxes()) {
            if (mailbox.endpoint() instanceof EwsEndpoint ews && ExchangeOnline.isExchangeOnlineHost(ews.host())) {
                reporter.reportAs(stage == 0 ? severity() : Severity.ERROR, ItemRef.of(mailbox), mailbox.name(), stage,
                        Retirement.EWS_BLOCKED.isoDate(), Retirement.EWS_SHUT_DOWN.isoDate());
            }
        }
    }
}
