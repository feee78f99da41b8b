package org.mailroom.check.rules;

import java.time.LocalDate;
import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Severity;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;

/**
 * EWS in Exchange Online is blocked from 2026-10-01 and shut down on 2027-04-01, except for allow-listed apps
 * (facts §7, Microsoft's Message Center). A warning before the block, an error from its first day on; the
 * message says which stage today (from the check's clock) is in.
 */
public final class EwsRetirement extends Rule {

    public static final LocalDate BLOCKED_FROM = LocalDate.of(2026, 10, 1);
    public static final LocalDate SHUT_DOWN_ON = LocalDate.of(2027, 4, 1);

    public EwsRetirement() {
        super("ewsRetirement", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        LocalDate today = workspace.today();
        int stage = today.isBefore(BLOCKED_FROM) ? 0 : today.isBefore(SHUT_DOWN_ON) ? 1 : 2;
        for (StoredRegistration stored : workspace.content().registrations()) {
            if (stored.registration() != null && stored.registration().protocols().contains(OAuthProtocol.EWS)) {
                reporter.reportAs(stage == 0 ? severity() : Severity.ERROR, ItemRef.of(stored), ItemRef.of(stored).displayName(), stage,
                        BLOCKED_FROM.toString(), SHUT_DOWN_ON.toString());
            }
        }
    }
}
