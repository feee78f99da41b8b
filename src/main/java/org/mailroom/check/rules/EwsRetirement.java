package org.mailroom.check.rules;

import java.time.LocalDate;
import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Severity;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.retirements.Retirement;

/**
 * EWS in Exchange Online is blocked from {@link Retirement#EWS_BLOCKED} and shut down on
 * {@link Retirement#EWS_SHUT_DOWN}, except for allow-listed apps. A warning before the block, an error from its
 * first day on; the message says which stage today (from the check's clock) is in.
 */
public final class EwsRetirement extends Rule {

    public EwsRetirement() {
        super("ewsRetirement", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        LocalDate today = workspace.today();
        int stage = Retirement.EWS_SHUT_DOWN.inEffectOn(today) ? 2 : Retirement.EWS_BLOCKED.inEffectOn(today) ? 1 : 0;
        for (StoredRegistration stored : workspace.content().registrations()) {
            if (stored.registration() != null && stored.registration().protocols().contains(OAuthProtocol.EWS)) {
                reporter.reportAs(stage == 0 ? severity() : Severity.ERROR, ItemRef.of(stored), ItemRef.of(stored).displayName(), stage,
                        Retirement.EWS_BLOCKED.isoDate(), Retirement.EWS_SHUT_DOWN.isoDate());
            }
        }
    }

    @Override
    protected Object[] descriptionArguments() {
        return new Object[] {Retirement.EWS_BLOCKED.isoDate(), Retirement.EWS_SHUT_DOWN.isoDate()};
    }
}
