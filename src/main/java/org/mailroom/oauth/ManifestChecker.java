package org.mailroom.oauth;

import static org.mailroom.oauth.ManifestFinding.Kind.EXTRA;
import static org.mailroom.oauth.ManifestFinding.Kind.FULL_ACCESS_AS_APP_FOR_IMAP_POP;
import static org.mailroom.oauth.ManifestFinding.Kind.MISSING;
import static org.mailroom.oauth.ManifestFinding.Kind.NO_REQUIRED_RESOURCE_ACCESS;
import static org.mailroom.oauth.ManifestFinding.Kind.UNCONFIRMED_ID;
import static org.mailroom.oauth.ManifestFinding.Kind.UNPARSABLE;
import static org.mailroom.oauth.ManifestFinding.Kind.WRONG_RESOURCE;
import static org.mailroom.oauth.ManifestFinding.Kind.WRONG_TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.mailroom.domain.Severity;
import org.mailroom.text.Text;

/**
 * Checks the permissions an admin pasted (see {@link PastedManifest} for the shapes read) against what the chosen
 * protocols and grant need. Entries are matched on (resourceAppId, id) only: the same permission name exists on
 * both resources with different ids. Each mistake is one finding with its fix: an entry that is a near miss for a
 * needed permission (wrong resource, the other resource's id, the other kind) is reported as that, never also as
 * "missing" plus "wrong resource".
 */
public final class ManifestChecker {

    private static final Set<Permission> OPENED_BY_ACCESS_AS_APP = Set.of(PermissionCatalogue.EXO_IMAP_APP,
            PermissionCatalogue.EXO_POP_APP, PermissionCatalogue.EXO_IMAP_USER, PermissionCatalogue.EXO_POP_USER);

    private ManifestChecker() {
    }

    public static ManifestReport check(String pasted, Collection<OAuthProtocol> protocols, GrantType grant) {
        return check(pasted, protocols, grant, Map.of());
    }

    /**
     * @param confirmedIds by permission name: the id the admin confirmed as found in their tenant for it (Microsoft
     *                     says the ids of IMAP/POP/SMTP under Exchange Online may differ per app); it counts as that
     *                     permission's id for this registration
     */
    public static ManifestReport check(String pasted, Collection<OAuthProtocol> protocols, GrantType grant,
                                       Map<String, String> confirmedIds) {
        String reminder = Text.get("oauth.manifest.consentReminder");
        PastedManifest.Read read;
        try {
            read = PastedManifest.read(pasted);
        } catch (PastedManifest.Refused refused) {
            ManifestFinding finding = new ManifestFinding(refused.unparsable() ? UNPARSABLE : NO_REQUIRED_RESOURCE_ACCESS,
                    Severity.ERROR, refused.getMessage(), null);
            return new ManifestReport("", false, List.of(finding), reminder);
        }
        List<Entry> entries = entries(read.elements());
        Set<String> pastedResources = entries.stream().map(Entry::resourceAppId).collect(Collectors.toSet());
        List<Permission> expected = PermissionCatalogue.required(protocols, grant);
        List<ManifestFinding> findings = new Comparison(entries, expected, read.partial(), pastedResources, confirmedIds).findings();
        return new ManifestReport(read.read(), read.partial(), findings, reminder);
    }

    /** Whether the text is one of the shapes the checker reads; what it refuses is never kept as the app's manifest. */
    public static boolean readable(String pasted) {
        try {
            PastedManifest.read(pasted);
            return true;
        } catch (PastedManifest.Refused refused) {
            return false;
        }
    }

    /** One (resourceAppId, id, type) line of the manifest. */
    private record Entry(String resourceAppId, String id, String type) {
        boolean is(Permission permission) {
            return permission.sameEntry(resourceAppId, id);
        }
    }

    private static List<Entry> entries(List<JsonNode> elements) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode resource : elements) {
            String appId = resource.path("resourceAppId").asText("");
            for (JsonNode access : resource.path("resourceAccess")) {
                entries.add(new Entry(appId, access.path("id").asText(""), access.path("type").asText("")));
            }
        }
        return entries;
    }

    /** One pass over the entries: each needed permission and each entry ends in at most one finding. */
    private record Comparison(List<Entry> left, List<Permission> expected, boolean partial, Set<String> pastedResources,
                              Map<String, String> confirmedIds) {

        Comparison {
            left = new ArrayList<>(left);
        }

        List<ManifestFinding> findings() {
            List<ManifestFinding> findings = new ArrayList<>();
            for (Permission want : expected) {
                String confirmed = confirmedIds.get(want.name());
                Optional<Entry> exact = take(e -> e.is(want) || confirmed != null
                        && e.resourceAppId().equalsIgnoreCase(want.resourceAppId()) && e.id().equalsIgnoreCase(confirmed));
                if (exact.isPresent()) {
                    if (!want.type().name().equals(exact.get().type())) {
                        findings.add(finding(WRONG_TYPE, Severity.ERROR, want, "oauth.manifest.wrongType",
                                want.name(), want.resourceName(), exact.get().type(), want.type()));
                    }
                    continue;
                }
                findings.add(nearMiss(want).or(() -> unknownId(want)).orElseGet(() -> missing(want)));
            }
            left.forEach(extra -> findings.add(extraFinding(extra)));
            return findings;
        }

        /** An entry that was meant for this permission, and what to change in it. */
        private Optional<ManifestFinding> nearMiss(Permission want) {
            Optional<Permission> sameName = PermissionCatalogue.onOtherResource(want);
            if (sameName.isPresent() && take(e -> e.is(sameName.get())).isPresent()) {
                // Microsoft's portal also offers it under the other resource, so this may still work: a warning
                return Optional.of(finding(WRONG_RESOURCE, Severity.WARNING, want, "oauth.manifest.otherResource",
                        want.name(), sameName.get().resourceName(), want.resourceName()));
            }
            // the other resource's id for the same name, written under this resource: a copy from the wrong table
            Optional<Entry> copiedId = sameName.flatMap(other -> take(e ->
                    e.resourceAppId().equalsIgnoreCase(want.resourceAppId()) && e.id().equalsIgnoreCase(other.id())));
            if (copiedId.isPresent()) {
                return Optional.of(finding(WRONG_RESOURCE, Severity.ERROR, want, "oauth.manifest.idOfOtherResource",
                        want.name(), want.resourceName(), copiedId.get().id(), sameName.get().resourceName(), want.id()));
            }
            Optional<Entry> movedId = take(e -> e.id().equalsIgnoreCase(want.id()));
            if (movedId.isPresent()) {
                return Optional.of(finding(WRONG_RESOURCE, Severity.ERROR, want, "oauth.manifest.idUnderWrongResource",
                        want.name(), want.id(), movedId.get().resourceAppId(), want.resourceName(), want.resourceAppId()));
            }
            Optional<Permission> counterpart = PermissionCatalogue.counterpart(want);
            if (counterpart.isPresent() && take(e -> e.is(counterpart.get())).isPresent()) {
                return Optional.of(finding(WRONG_TYPE, Severity.ERROR, want, "oauth.manifest.otherKind",
                        counterpart.get().name(), counterpart.get().type(), want.name(), want.type(), want.id()));
            }
            if (OPENED_BY_ACCESS_AS_APP.contains(want) && !expected.contains(PermissionCatalogue.EXO_FULL_ACCESS_AS_APP)
                    && take(e -> e.is(PermissionCatalogue.EXO_FULL_ACCESS_AS_APP)).isPresent()) {
                return Optional.of(finding(FULL_ACCESS_AS_APP_FOR_IMAP_POP, Severity.ERROR, want,
                        "oauth.manifest.fullAccessAsApp", want.name(), want.type(), want.id()));
            }
            return Optional.empty();
        }

        /**
         * An id the catalogue does not know, under the resource the permission belongs to: of the right type it may be
         * this tenant's id for the permission (the admin confirms it); a delegated one where an application permission
         * is needed is the wrong type, whatever its id.
         */
        private Optional<ManifestFinding> unknownId(Permission want) {
            Predicate<Entry> unknownHere = e -> e.resourceAppId().equalsIgnoreCase(want.resourceAppId())
                    && PermissionCatalogue.findById(e.id()).isEmpty() && PermissionCatalogue.openIdScope(e.resourceAppId(), e.id()).isEmpty();
            Optional<Entry> sameType = take(unknownHere.and(e -> e.type().equals(want.type().name())));
            if (sameType.isPresent()) {
                return Optional.of(new ManifestFinding(UNCONFIRMED_ID, Severity.WARNING, Text.get("oauth.manifest.confirmId",
                        want.name(), want.type(), want.resourceName(), want.id(), sameType.get().id()), want, sameType.get().id()));
            }
            if (want.type() == PermissionType.Role) {
                Optional<Entry> delegated = take(unknownHere.and(e -> e.type().equals(PermissionType.Scope.name())));
                if (delegated.isPresent()) {
                    return Optional.of(finding(WRONG_TYPE, Severity.ERROR, want, "oauth.manifest.unknownDelegated",
                            delegated.get().id(), want.resourceName(), want.name(), want.id()));
                }
            }
            return Optional.empty();
        }

        /** Missing; when only some elements were pasted, a permission of a resource not pasted may well be there. */
        private ManifestFinding missing(Permission want) {
            if (partial && !pastedResources.contains(want.resourceAppId())) {
                return finding(MISSING, Severity.INFO, want, "oauth.manifest.notInPaste", want.name(), want.type(),
                        want.resourceName());
            }
            return finding(MISSING, Severity.ERROR, want, "oauth.manifest.missing", want.name(), want.type(),
                    want.resourceName(), want.id(), want.resourceAppId());
        }

        private Optional<Entry> take(Predicate<Entry> test) {
            Optional<Entry> found = left.stream().filter(test).findFirst();
            found.ifPresent(left::remove);
            return found;
        }
    }

    private static ManifestFinding extraFinding(Entry extra) {
        Optional<Permission> openId = PermissionCatalogue.openIdScope(extra.resourceAppId(), extra.id());
        if (openId.isPresent()) {
            String key = openId.get() == PermissionCatalogue.GRAPH_OFFLINE_ACCESS
                    ? "oauth.manifest.offlineAccess" : "oauth.manifest.openIdScope";
            return finding(EXTRA, Severity.INFO, openId.get(), key, openId.get().name());
        }
        Optional<Permission> known = PermissionCatalogue.find(extra.resourceAppId(), extra.id());
        if (known.isPresent()) {
            return finding(EXTRA, Severity.WARNING, known.get(), "oauth.manifest.extra", known.get().label());
        }
        Optional<Permission> misplaced = PermissionCatalogue.findById(extra.id());
        if (misplaced.isPresent()) {
            Permission p = misplaced.get();
            return finding(WRONG_RESOURCE, Severity.ERROR, p, "oauth.manifest.idUnderWrongResource",
                    p.name(), p.id(), extra.resourceAppId(), p.resourceName(), p.resourceAppId());
        }
        String resource = Resource.ofAppId(extra.resourceAppId()).map(Resource::displayName).orElse(extra.resourceAppId());
        return new ManifestFinding(EXTRA, Severity.WARNING, Text.get("oauth.manifest.unknown", extra.id(), resource), null);
    }

    private static ManifestFinding finding(ManifestFinding.Kind kind, Severity severity, Permission permission,
                                           String key, Object... args) {
        return new ManifestFinding(kind, severity, Text.get(key, args), permission);
    }
}
