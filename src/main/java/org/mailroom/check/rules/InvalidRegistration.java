package org.mailroom.check.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Field;
import org.mailroom.domain.Severity;
import org.mailroom.domain.Violation;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.RegistrationRules;
import org.mailroom.oauth.StoredRegistration;

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
                reporter.report(ItemRef.of(stored), ItemRef.of(stored).displayName(), rules);
            }
        }
    }

    /** The wizard's errors, as the import finds them too. */
    private static List<Violation> violations(AzureAppRegistration registration) {
        if (registration == null) {
            return List.of(Violation.of(Field.CLIENT_ID, "rule.required"));
        }
        AzureAppRegistration r = registration.normalized();
        boolean aliasWithPassword = TenantAliasWithPassword.applies(r);
        return RegistrationRules.check(r).errors().stream()
                .filter(violation -> !(aliasWithPassword && violation.field() == Field.TENANT))
                .toList();
    }
}
