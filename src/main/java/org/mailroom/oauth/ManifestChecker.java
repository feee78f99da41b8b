package org.mailroom.oauth;

import static org.mailroom.oauth.ManifestFinding.Kind.EXTRA;
import static org.mailroom.oauth.ManifestFinding.Kind.FULL_ACCESS_AS_APP_FOR_IMAP_POP;
import static org.mailroom.oauth.ManifestFinding.Kind.MISSING;
import static org.mailroom.oauth.ManifestFinding.Kind.NO_REQUIRED_RESOURCE_ACCESS;
import static org.mailroom.oauth.ManifestFinding.Kind.UNPARSABLE;
import static org.mailroom.oauth.ManifestFinding.Kind.WRONG_RESOURCE;
import static org.mailroom.oauth.ManifestFinding.Kind.WRONG_TYPE;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.mailroom.domain.Severity;
import org.mailroom.text.JsonSyntax;
import org.mailroom.text.Text;

/**
 * Checks the manifest an admin pasted (the whole manifest or only the requiredResourceAccess array)
 * against what the chosen protocols and grant need. Entries are matched on (resourceAppId, id) only:
 * the same permission name exists on both resources with different ids.
 */
public final class ManifestChecker {

    private static final Set<Permission> OPENED_BY_ACCESS_AS_APP = Set.of(PermissionCatalogue.EXO_IMAP_APP,
            PermissionCatalogue.EXO_POP_APP, PermissionCatalogue.EXO_IMAP_USER, PermissionCatalogue.EXO_POP_USER);

    private ManifestChecker() {
    }

    public static ManifestReport check(String pasted, Collection<OAuthProtocol> protocols, GrantType grant) {
        String reminder = Text.get("oauth.manifest.consentReminder");
        JsonNode root;
        byte[] text = (pasted == null ? "" : pasted).getBytes(StandardCharsets.UTF_8);
        try {
            root = ManifestJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = Text.get("oauth.manifest.unparsable", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), JsonSyntax.explain(e, text));
            return new ManifestReport(List.of(new ManifestFinding(UNPARSABLE, Severity.ERROR, message, null)), reminder);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory: only a parse failure can happen, and that is above
        }
        JsonNode array = root != null && root.isObject() ? root.get("requiredResourceAccess") : root;
        if (array == null || !array.isArray()) {
            ManifestFinding none = new ManifestFinding(NO_REQUIRED_RESOURCE_ACCESS, Severity.ERROR,
                    Text.get("oauth.manifest.noRequiredResourceAccess"), null);
            return new ManifestReport(List.of(none), reminder);
        }
        return new ManifestReport(compare(entries(array), PermissionCatalogue.required(protocols, grant)), reminder);
    }

    /** One (resourceAppId, id, type) line of the manifest. */
    private record Entry(String resourceAppId, String id, String type) {
        Optional<Permission> known() {
            return PermissionCatalogue.find(resourceAppId, id);
        }

        boolean is(Permission permission) {
            return permission.sameEntry(resourceAppId, id);
        }
    }

    private static List<Entry> entries(JsonNode array) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode resource : array) {
            String appId = resource.path("resourceAppId").asText("");
            for (JsonNode access : resource.path("resourceAccess")) {
                entries.add(new Entry(appId, access.path("id").asText(""), access.path("type").asText("")));
            }
        }
        return entries;
    }

    private static List<ManifestFinding> compare(List<Entry> entries, List<Permission> expected) {
        List<Entry> left = new ArrayList<>(entries);
        List<ManifestFinding> findings = new ArrayList<>();
        for (Permission want : expected) {
            Optional<Entry> exact = take(left, e -> e.is(want));
            if (exact.isPresent()) {
                if (!want.type().name().equals(exact.get().type())) {
                    findings.add(finding(WRONG_TYPE, Severity.ERROR, want, "oauth.manifest.wrongType",
                            want.name(), want.resourceName(), exact.get().type(), want.type()));
                }
                continue;
            }
            Optional<Permission> sameNameElsewhere = PermissionCatalogue.onOtherResource(want);
            if (sameNameElsewhere.isPresent() && take(left, e -> e.is(sameNameElsewhere.get())).isPresent()) {
                // Microsoft's portal also offers it under the other resource, so this may still work: a warning
                findings.add(finding(WRONG_RESOURCE, Severity.WARNING, want, "oauth.manifest.otherResource",
                        want.name(), sameNameElsewhere.get().resourceName(), want.resourceName()));
                continue;
            }
            if (take(left, e -> e.id().equalsIgnoreCase(want.id())).isPresent()) {
                findings.add(finding(WRONG_RESOURCE, Severity.ERROR, want, "oauth.manifest.idUnderWrongResource",
                        want.name(), want.resourceName(), want.resourceAppId()));
                continue;
            }
            Optional<Permission> counterpart = PermissionCatalogue.counterpart(want);
            if (counterpart.isPresent() && take(left, e -> e.is(counterpart.get())).isPresent()) {
                findings.add(finding(WRONG_TYPE, Severity.ERROR, want, "oauth.manifest.otherKind",
                        counterpart.get().name(), counterpart.get().type(), want.name(), want.type()));
                continue;
            }
            if (OPENED_BY_ACCESS_AS_APP.contains(want) && !expected.contains(PermissionCatalogue.EXO_FULL_ACCESS_AS_APP)
                    && take(left, e -> e.is(PermissionCatalogue.EXO_FULL_ACCESS_AS_APP)).isPresent()) {
                findings.add(finding(FULL_ACCESS_AS_APP_FOR_IMAP_POP, Severity.ERROR, want,
                        "oauth.manifest.fullAccessAsApp", want.name()));
                continue;
            }
            findings.add(finding(MISSING, Severity.ERROR, want, "oauth.manifest.missing", want.name(),
                    want.type(), want.resourceName(), want.id()));
        }
        for (Entry extra : left) {
            findings.add(extraFinding(extra));
        }
        return findings;
    }

    private static ManifestFinding extraFinding(Entry extra) {
        Optional<Permission> known = extra.known();
        if (known.isPresent()) {
            return finding(EXTRA, Severity.WARNING, known.get(), "oauth.manifest.extra", known.get().label());
        }
        Optional<Permission> misplaced = PermissionCatalogue.findById(extra.id());
        if (misplaced.isPresent()) {
            return finding(WRONG_RESOURCE, Severity.ERROR, misplaced.get(), "oauth.manifest.idUnderWrongResource",
                    misplaced.get().name(), misplaced.get().resourceName(), misplaced.get().resourceAppId());
        }
        String resource = Resource.ofAppId(extra.resourceAppId()).map(Resource::displayName).orElse(extra.resourceAppId());
        return new ManifestFinding(EXTRA, Severity.WARNING, Text.get("oauth.manifest.unknown", extra.id(), resource), null);
    }

    private static Optional<Entry> take(List<Entry> entries, Predicate<Entry> test) {
        Optional<Entry> found = entries.stream().filter(test).findFirst();
        found.ifPresent(entries::remove);
        return found;
    }

    private static ManifestFinding finding(ManifestFinding.Kind kind, Severity severity, Permission permission,
                                           String key, Object... args) {
        return new ManifestFinding(kind, severity, Text.get(key, args), permission);
    }
}
