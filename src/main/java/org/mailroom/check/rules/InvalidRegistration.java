package org.mailroom.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Severity;
import org.mailroom.domain.Violation;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.RegistrationRules;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.text.Text;

/**
 * The wizard's rules for the registration values, re-checked because a workspace file may break them. The
 * common/consumers tenant with the password grant is left to {@link TenantAliasWithPassword}.
 */
public final class InvalidRegistration extends Rule {

    public InvalidRegistration() {
        super("invalidRegistration", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (StoredRegistration stored : workspace.content().registrations()) {
            List<Violation> violations = violations(stored.registration());
            if (!violations.isEmpty()) {
                String rules = violations.stream().map(Violation::message).collect(Collectors.joining("; "));
                reporter.report(ItemRef.of(stored), ItemRef.of(stored).label(), rules);
            }
        }
    }

    private static List<Violation> violations(AzureAppRegistration registration) {
        List<Violation> violations = new ArrayList<>();
        if (registration == null) {
            violations.add(new Violation(Text.get("oauth.field.clientId"), Text.get("rule.required")));
            return violations;
        }
        AzureAppRegistration r = registration.normalized();
        if (r.name() == null || r.name().isEmpty()) {
            violations.add(new Violation(Text.get("oauth.field.name"), Text.get("rule.required")));
        }
        RegistrationRules.checkClientId(r.clientId()).ifPresent(violations::add);
        if (!TenantAliasWithPassword.applies(r)) {
            RegistrationRules.checkTenant(r.tenant(), r.grant()).ifPresent(violations::add);
        }
        RegistrationRules.checkCloud(r.cloud()).ifPresent(violations::add);
        RegistrationRules.checkProtocols(r.protocols(), r.grant()).ifPresent(violations::add);
        return violations;
    }
}
