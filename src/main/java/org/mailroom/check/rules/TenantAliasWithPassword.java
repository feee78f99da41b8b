package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Severity;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.RegistrationRules;
import org.mailroom.oauth.StoredRegistration;

/** The password grant needs a tenant ID, a verified domain or organizations; common and consumers fail (facts §4). */
public final class TenantAliasWithPassword extends Rule {

    public TenantAliasWithPassword() {
        super("tenantAliasPassword", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (StoredRegistration stored : workspace.content().registrations()) {
            if (stored.registration() != null && applies(stored.registration().normalized())) {
                reporter.report(ItemRef.of(stored), ItemRef.of(stored).displayName(), stored.registration().normalized().tenant());
            }
        }
    }

    /** @param registration normalized */
    static boolean applies(AzureAppRegistration registration) {
        String tenant = registration.tenant();
        boolean alias = RegistrationRules.COMMON.equals(tenant) || RegistrationRules.CONSUMERS.equals(tenant);
        return alias && registration.grant() == GrantType.PASSWORD;
    }
}
