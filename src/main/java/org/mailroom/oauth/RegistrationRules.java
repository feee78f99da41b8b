package org.mailroom.oauth;

import org.mailroom.domain.Cloud;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mailroom.domain.Field;
import org.mailroom.domain.Names;
import org.mailroom.domain.Violation;

/** The rules of the registration values (facts sheet §4), each naming the field and the rule. */
public final class RegistrationRules {

    /** The longest name the workspace keeps (its column). */
    public static final int MAX_NAME_LENGTH = 120;
    public static final String COMMON = "common";
    public static final String CONSUMERS = "consumers";
    public static final String ORGANIZATIONS = "organizations";

    private static final Pattern GUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Two or more DNS labels, the last one letters only: contoso.com, contoso.onmicrosoft.com. */
    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private RegistrationRules() {
    }

    /** Every rule at once, for a page's Next button and the summary. */
    public static RegistrationCheck check(AzureAppRegistration registration) {
        AzureAppRegistration r = registration.normalized();
        List<Violation> errors = new ArrayList<>();
        List<Violation> warnings = new ArrayList<>();
        if (r.name() == null || r.name().isEmpty()) {
            errors.add(violation(Field.REGISTRATION_NAME, "rule.required"));
        } else {
            Names.checkCharacters(registration.name(), Field.REGISTRATION_NAME).ifPresent(errors::add);
            if (r.name().length() > MAX_NAME_LENGTH) {
                errors.add(Violation.of(Field.REGISTRATION_NAME, "oauth.rule.nameLength", MAX_NAME_LENGTH));
            }
        }
        checkClientId(r.clientId()).ifPresent(errors::add);
        checkTenant(r.tenant(), r.grant()).ifPresent(errors::add);
        checkCloud(r.cloud()).ifPresent(errors::add);
        checkProtocols(r.protocols(), r.grant()).ifPresent(errors::add);
        tenantWarning(r).ifPresent(warnings::add);
        FirstPartyApps.nameOf(r.clientId()).ifPresent(app -> warnings.add(Violation.of(Field.CLIENT_ID, "oauth.rule.firstPartyClientId", app)));
        if (r.cloud() != null && r.cloud().isOpen() && !r.cloud().isDocumentedForEmailServer()) {
            warnings.add(Violation.of(Field.CLOUD, "oauth.rule.cloudUndocumented", r.cloud().authority()));
        }
        return new RegistrationCheck(errors, warnings);
    }

    /** Application (client) ID: 36 characters, braces and upper case accepted (they are normalized away). */
    public static Optional<Violation> checkClientId(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            return Optional.of(violation(Field.CLIENT_ID, "rule.required"));
        }
        return isGuid(clientId) ? Optional.empty() : Optional.of(violation(Field.CLIENT_ID, "oauth.rule.guid"));
    }

    /** Directory (tenant) ID: a GUID, a verified domain, or organizations; common/consumers never with ROPC. */
    public static Optional<Violation> checkTenant(String tenant, GrantType grant) {
        if (tenant == null || tenant.isBlank()) {
            return Optional.of(violation(Field.TENANT, "rule.required"));
        }
        String t = normalizeTenant(tenant);
        if (t.equals(COMMON) || t.equals(CONSUMERS)) {
            return grant == GrantType.PASSWORD
                    ? Optional.of(Violation.of(Field.TENANT, "oauth.rule.tenantAliasPassword", t))
                    : Optional.empty(); // a warning, see tenantWarning
        }
        boolean valid = t.equals(ORGANIZATIONS) || GUID.matcher(t).matches() || DOMAIN.matcher(t).matches();
        return valid ? Optional.empty() : Optional.of(violation(Field.TENANT, "oauth.rule.tenant"));
    }

    public static Optional<Violation> checkCloud(Cloud cloud) {
        if (cloud == null) {
            return Optional.of(violation(Field.CLOUD, "rule.required"));
        }
        return cloud.isOpen() ? Optional.empty() : Optional.of(violation(Field.CLOUD, "oauth.rule.cloudClosed"));
    }

    public static Optional<Violation> checkProtocols(Set<OAuthProtocol> protocols, GrantType grant) {
        if (grant == null) {
            return Optional.of(violation(Field.GRANT, "rule.required"));
        }
        if (protocols == null || protocols.isEmpty()) {
            return Optional.of(violation(Field.PROTOCOLS, "oauth.rule.protocolsRequired"));
        }
        if (protocols.contains(OAuthProtocol.GRAPH) && grant != GrantType.CLIENT_CREDENTIALS) {
            return Optional.of(violation(Field.PROTOCOLS, "oauth.rule.graphNeedsClientCredentials"));
        }
        return Optional.empty();
    }

    /**
     * A client secret shaped like a GUID is the secret's ID (the portal shows "Secret ID" beside "Value"):
     * Azure's secret values are 40 characters with ~ and . in them, never a GUID. Caught before any token request.
     */
    public static boolean looksLikeSecretId(char[] secret) {
        return secret != null && isGuid(new String(secret).strip());
    }

    public static boolean isGuid(String text) {
        return text != null && GUID.matcher(normalizeGuid(text)).matches();
    }

    /** Strips blanks and one pair of surrounding braces ({...} as PowerShell prints GUIDs), lower-cases. */
    public static String normalizeGuid(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.length() == 38 && t.startsWith("{") && t.endsWith("}")) {
            t = t.substring(1, 37);
        }
        return t;
    }

    static String normalizeTenant(String tenant) {
        return tenant == null ? null : normalizeGuid(tenant).replaceAll("\\.$", "");
    }

    /** Aliases that sign in but do not fit the app: warnings, the facts sheet has no hard rule for them. */
    private static Optional<Violation> tenantWarning(AzureAppRegistration r) {
        String t = r.tenant();
        boolean alias = COMMON.equals(t) || CONSUMERS.equals(t) || ORGANIZATIONS.equals(t);
        if (!alias) {
            return Optional.empty();
        }
        if (r.grant() == GrantType.CLIENT_CREDENTIALS) {
            return Optional.of(Violation.of(Field.TENANT, "oauth.rule.tenantAliasAppOnly", t));
        }
        if (r.accountType() == AccountType.SINGLE_TENANT && ORGANIZATIONS.equals(t)) {
            return Optional.of(Violation.of(Field.TENANT, "oauth.rule.tenantAliasSingle", t));
        }
        return Optional.empty();
    }

    private static Violation violation(Field field, String ruleKey) {
        return Violation.of(field, ruleKey);
    }
}
