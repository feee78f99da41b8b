package org.mailroom.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.oauth.ManifestFinding.Kind.EXTRA;
import static org.mailroom.oauth.ManifestFinding.Kind.FULL_ACCESS_AS_APP_FOR_IMAP_POP;
import static org.mailroom.oauth.ManifestFinding.Kind.MISSING;
import static org.mailroom.oauth.ManifestFinding.Kind.NO_REQUIRED_RESOURCE_ACCESS;
import static org.mailroom.oauth.ManifestFinding.Kind.UNPARSABLE;
import static org.mailroom.oauth.ManifestFinding.Kind.WRONG_RESOURCE;
import static org.mailroom.oauth.ManifestFinding.Kind.WRONG_TYPE;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Severity;

class ManifestCheckerTest {

    private static final Set<OAuthProtocol> IMAP_SMTP = EnumSet.of(OAuthProtocol.IMAP, OAuthProtocol.SMTP);
    private static final String GRAPH = "00000003-0000-0000-c000-000000000000";
    private static final String EXO = "00000002-0000-0ff1-ce00-000000000000";

    @Test
    void theGeneratedManifestIsCorrectWholeOrAsArray() {
        for (GrantType grant : GrantType.values()) {
            ManifestReport whole = ManifestChecker.check(ManifestJson.requiredResourceAccess(IMAP_SMTP, grant), IMAP_SMTP, grant);
            assertThat(whole.findings()).as(grant.name()).isEmpty();
            assertThat(whole.consentReminder()).contains("Grant admin consent");
            String array = ManifestJson.requiredResourceAccessArray(PermissionCatalogue.required(IMAP_SMTP, grant)).toString();
            assertThat(ManifestChecker.check(array, IMAP_SMTP, grant).findings()).isEmpty();
        }
        String inAManifest = "{\"appId\":\"x\",\"displayName\":\"Mailroom\",\"requiredResourceAccess\":"
                + ManifestJson.requiredResourceAccessArray(PermissionCatalogue.required(IMAP_SMTP, GrantType.PASSWORD)) + ",\"tags\":[]}";
        assertThat(ManifestChecker.check(inAManifest, IMAP_SMTP, GrantType.PASSWORD).isCorrect()).isTrue();
    }

    /** The seed: IMAP/POP/SMTP ids under Exchange Online "could be different for different apps; the admin must find it out". */
    @Test
    void anUnknownIdOfTheRightTypeIsNoErrorButAskedToBeConfirmed() {
        String found = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
        String pasted = manifest(entry(EXO, found, "Role"));

        ManifestReport report = ManifestChecker.check(pasted, Set.of(OAuthProtocol.IMAP), GrantType.CLIENT_CREDENTIALS);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ManifestFinding.Kind.UNCONFIRMED_ID);
            assertThat(f.severity()).isEqualTo(org.mailroom.domain.Severity.WARNING);
            assertThat(f.message()).contains("IMAP.AccessAsApp (Role)", "5e5addcd-3e8d-4e90-baf5-964efab2b20a", found, "Confirm the ids found")
                    .doesNotContain("not needed", "missing");
        });
        assertThat(report.unconfirmed()).containsExactly(java.util.Map.entry("IMAP.AccessAsApp", found));

        ManifestReport confirmed = ManifestChecker.check(pasted, Set.of(OAuthProtocol.IMAP), GrantType.CLIENT_CREDENTIALS,
                java.util.Map.of("IMAP.AccessAsApp", found));
        assertThat(confirmed.findings()).isEmpty();
        assertThat(confirmed.isCorrect()).isTrue();
    }

    /** A confirmed id written with the wrong type is still the wrong type; known wrong ids stay errors. */
    @Test
    void knownWrongIdsStayErrorsWhateverIsConfirmed() {
        java.util.Map<String, String> confirmedElsewhere = java.util.Map.of("IMAP.AccessAsApp", "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d");
        // the Graph id of IMAP.AccessAsUser.All under the Exchange Online resource: a copy from the wrong table
        ManifestReport graphId = ManifestChecker.check(manifest(entry(EXO, "652390e4-393a-48de-9484-05f9b1212954", "Scope")),
                Set.of(OAuthProtocol.IMAP), GrantType.PASSWORD, confirmedElsewhere);
        assertThat(graphId.findings()).filteredOn(f -> f.kind() == WRONG_RESOURCE).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(org.mailroom.domain.Severity.ERROR));
        assertThat(graphId.findings()).extracting(ManifestFinding::kind).doesNotContain(ManifestFinding.Kind.UNCONFIRMED_ID);
        ManifestReport scopeForRole = ManifestChecker.check(manifest(entry(EXO, "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d", "Scope")),
                Set.of(OAuthProtocol.IMAP), GrantType.CLIENT_CREDENTIALS, confirmedElsewhere);
        assertThat(scopeForRole.findings()).extracting(ManifestFinding::kind).containsExactly(WRONG_TYPE);
    }

    /** An unknown delegated id where an application permission is needed: the wrong type, not "not needed". */
    @Test
    void anUnknownDelegatedIdWhereARoleIsNeededIsTheWrongType() {
        String pasted = manifest(entry(EXO, "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d", "Scope"));

        ManifestReport report = ManifestChecker.check(pasted, Set.of(OAuthProtocol.IMAP), GrantType.CLIENT_CREDENTIALS);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(WRONG_TYPE);
            assertThat(f.severity()).isEqualTo(org.mailroom.domain.Severity.ERROR);
            assertThat(f.message()).contains("delegated permission (type Scope)", "IMAP.AccessAsApp", "application permission (type Role")
                    .doesNotContain("not needed");
        });
    }

    @Test
    void aRoleWrittenAsScopeIsNamed() {
        String pasted = manifest(entry(EXO, "5e5addcd-3e8d-4e90-baf5-964efab2b20a", "Scope"));
        ManifestReport report = ManifestChecker.check(pasted, Set.of(OAuthProtocol.IMAP), GrantType.CLIENT_CREDENTIALS);
        assertThat(report.findings()).extracting(ManifestFinding::kind).containsExactly(WRONG_TYPE);
        assertThat(report.findings().get(0).message()).contains("IMAP.AccessAsApp").contains("Scope").contains("Role");
        assertThat(report.isCorrect()).isFalse();
    }

    @Test
    void aDelegatedPermissionWhereAnApplicationOneIsNeededIsNamed() {
        String pasted = manifest(entry(EXO, "195adc35-e27b-454b-a7ed-1ecdffa1c09f", "Scope"));
        ManifestReport report = ManifestChecker.check(pasted, Set.of(OAuthProtocol.IMAP), GrantType.CLIENT_CREDENTIALS);
        assertThat(report.findings()).extracting(ManifestFinding::kind).containsExactly(WRONG_TYPE);
        assertThat(report.findings().get(0).message()).contains("IMAP.AccessAsUser.All").contains("IMAP.AccessAsApp");
    }

    @Test
    void theRightNameUnderTheOtherResourceIsNamed() {
        String pasted = manifest(entry(GRAPH, "e1fe6dd8-ba31-4d61-89e7-88639da4683d", "Scope")
                + "," + entry(GRAPH, "7427e0e9-2fba-42fe-b0c0-848c9e6a8182", "Scope")
                + "," + entry(GRAPH, "652390e4-393a-48de-9484-05f9b1212954", "Scope"));
        ManifestReport report = ManifestChecker.check(pasted, Set.of(OAuthProtocol.IMAP), GrantType.PASSWORD);
        assertThat(report.findings()).extracting(ManifestFinding::kind).containsExactly(WRONG_RESOURCE, EXTRA);
        assertThat(report.findings()).extracting(ManifestFinding::severity).containsExactly(Severity.WARNING, Severity.INFO);
        assertThat(report.findings().get(0).message()).contains("Microsoft Graph").contains("Office 365 Exchange Online");
    }

    @Test
    void anIdUnderAResourceThatDoesNotHaveItIsNamed() {
        String pasted = manifest(entry(GRAPH, "5e5addcd-3e8d-4e90-baf5-964efab2b20a", "Role"));
        ManifestReport report = ManifestChecker.check(pasted, Set.of(OAuthProtocol.IMAP), GrantType.CLIENT_CREDENTIALS);
        assertThat(report.findings()).extracting(ManifestFinding::kind).containsExactly(WRONG_RESOURCE);
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void fullAccessAsAppForImapIsNamed() {
        String pasted = manifest(entry(EXO, "dc890d15-9560-4a4c-9b7f-a736ec74ec40", "Role"));
        ManifestReport report = ManifestChecker.check(pasted, Set.of(OAuthProtocol.IMAP), GrantType.CLIENT_CREDENTIALS);
        assertThat(report.findings()).extracting(ManifestFinding::kind).containsExactly(FULL_ACCESS_AS_APP_FOR_IMAP_POP);
        assertThat(report.findings().get(0).message()).contains("IMAP.AccessAsApp");
        // for EWS it is the right permission
        assertThat(ManifestChecker.check(pasted, Set.of(OAuthProtocol.EWS), GrantType.CLIENT_CREDENTIALS).findings()).isEmpty();
    }

    @Test
    void missingAndExtraPermissionsAreNamed() {
        String pasted = manifest(entry(EXO, "5e5addcd-3e8d-4e90-baf5-964efab2b20a", "Role")
                + "," + entry(GRAPH, "b633e1c5-b582-4048-a93e-9f11b44c7e96", "Role")
                + "," + entry(GRAPH, "99999999-0000-0000-0000-000000000000", "Role"));
        ManifestReport report = ManifestChecker.check(pasted, IMAP_SMTP, GrantType.CLIENT_CREDENTIALS);
        assertThat(report.findings()).extracting(ManifestFinding::kind).containsExactly(MISSING, EXTRA, EXTRA);
        assertThat(report.findings().get(0).message()).contains("SMTP.SendAsApp").contains("7146a1f0");
        assertThat(report.findings().get(1).message()).contains("Mail.Send");
        assertThat(report.findings().get(2).message()).contains("99999999");
        assertThat(report.findings()).extracting(ManifestFinding::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING, Severity.WARNING);
    }

    @Test
    void unparsableJsonSaysWhere() {
        ManifestReport report = ManifestChecker.check("{\n  \"requiredResourceAccess\": [\n    {,\n  ]\n}",
                IMAP_SMTP, GrantType.PASSWORD);
        assertThat(report.findings()).extracting(ManifestFinding::kind).containsExactly(UNPARSABLE);
        assertThat(report.findings().get(0).message()).contains("line 3, column 6");
        assertThat(ManifestChecker.check("", IMAP_SMTP, GrantType.PASSWORD).findings()).extracting(ManifestFinding::kind)
                .containsExactly(NO_REQUIRED_RESOURCE_ACCESS);
        assertThat(ManifestChecker.check("{\"appId\":\"x\"}", IMAP_SMTP, GrantType.PASSWORD).findings()).extracting(ManifestFinding::kind)
                .containsExactly(NO_REQUIRED_RESOURCE_ACCESS);
    }

    private static String manifest(String entries) {
        return "{\"requiredResourceAccess\":[" + entries + "]}";
    }

    /** One resource with one permission: the checker must cope with the same resourceAppId twice too. */
    private static String entry(String resourceAppId, String id, String type) {
        return "{\"resourceAppId\":\"" + resourceAppId + "\",\"resourceAccess\":[{\"id\":\"" + id + "\",\"type\":\"" + type + "\"}]}";
    }
}
