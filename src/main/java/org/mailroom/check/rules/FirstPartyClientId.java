package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Severity;
import org.mailroom.oauth.FirstPartyApps;
import org.mailroom.oauth.StoredRegistration;

/** A client ID of one of Microsoft's own apps (Graph Explorer, Azure CLI...) is not the customer's registration. */
public final class FirstPartyClientId extends Rule {

    public FirstPartyClientId() {
        super("firstPartyClientId", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (StoredRegistration stored : workspace.content().registrations()) {
            if (stored.registration() != null) {
                FirstPartyApps.nameOf(stored.registration().clientId()).ifPresent(app ->
                        reporter.report(ItemRef.of(stored), ItemRef.of(stored).displayName(), stored.registration().clientId(), app));
            }
        }
    }
}
