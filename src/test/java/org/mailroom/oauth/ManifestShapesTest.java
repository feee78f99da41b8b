package org.mailroom.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.oauth.ManifestFinding.Kind.NO_REQUIRED_RESOURCE_ACCESS;
import static org.mailroom.oauth.ManifestFinding.Kind.UNPARSABLE;
import static org.mailroom.oauth.ManifestFinding.Kind.WRONG_RESOURCE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Severity;

/**
 * The manifest checker on what admins really paste: the exported manifest, the attribute copied from a doc with its
 * trailing comma, one element "for inside the square brackets", Microsoft Graph's answer; and the summary, the
 * OpenID scopes and one finding per mistake on them.
 */
class ManifestShapesTest {

    private static final Set<OAuthProtocol> IMAP_SMTP = EnumSet.of(OAuthProtocol.IMAP, OAuthProtocol.SMTP);
    private static final String GRAPH = "00000003-0000-0000-c000-000000000000";
    private static final String EXO = "00000002-0000-0ff1-ce00-000000000000";

    @Test
    void theWholeExportedManifestIsReadAndItsOpenIdScopesAreRemarksNotUnknownIds() throws IOException {
        ManifestReport report = ManifestChecker.check(fixture("manifest-exported.json"),
                EnumSet.of(OAuthProtocol.IMAP, OAuthProtocol.EWS), GrantType.PASSWORD);

        assertThat(report.read()).isEqualTo("Read: the whole app manifest of Genesys E-mail Server "
                + "(appId 6731de76-14a6-49ae-97bc-6eba6914391e).");
        assertThat(report.findings()).extracting(ManifestFinding::severity).containsOnly(Severity.INFO);
        assertThat(report.findings()).extracting(ManifestFinding::message).noneMatch(m -> m.startsWith("Unknown"))
                .anyMatch(m -> m.startsWith("openid is a standard OpenID Connect sign-in scope"))
                .anyMatch(m -> m.startsWith("offline_access is a standard OpenID Connect scope that only brings "
                        + "refresh tokens") && m.contains("Authenticate an IMAP, POP or SMTP connection using OAuth")
                        && m.contains("Genesys page"));
        assertThat(report.isCorrect()).isTrue();
        assertThat(report.summary()).isEqualTo("The manifest has every permission these protocols need; 2 remarks:");
    }

    @Test
    void offlineAccessIsNeededByNoGrantMailroomSetsUp() {
        for (GrantType grant : GrantType.values()) {
            assertThat(PermissionCatalogue.required(EnumSet.allOf(OAuthProtocol.class), grant)).as(grant.name())
                    .doesNotContain(PermissionCatalogue.GRAPH_OFFLINE_ACCESS);
        }
        assertThat(ManifestJson.requiredResourceAccess(IMAP_SMTP, GrantType.PASSWORD)).doesNotContain("7427e0e9");
    }

    @Test
    void theAttributeCopiedWithItsTrailingCommaIsRead() throws IOException {
        ManifestReport report = ManifestChecker.check(fixture("attribute-with-comma.txt"), IMAP_SMTP, GrantType.PASSWORD);

        assertThat(report.read()).isEqualTo("Read: the \"requiredResourceAccess\": [...] attribute.");
        assertThat(report.findings()).isEmpty();
        assertThat(report.summary()).isEqualTo("The manifest has exactly the permissions these protocols need.");
    }

    @Test
    void oneElementForInsideTheBracketsIsReadAndOnlyWhatWasPastedIsJudged() throws IOException {
        String element = fixture("element-for-the-brackets.txt");

        ManifestReport appOnly = ManifestChecker.check(element, IMAP_SMTP, GrantType.CLIENT_CREDENTIALS);
        assertThat(appOnly.read()).startsWith("Read: one element of requiredResourceAccess (what goes inside its "
                + "square brackets)");
        assertThat(appOnly.findings()).isEmpty();
        assertThat(appOnly.summary()).isEqualTo("What was pasted has no mistakes.");

        String exoScopes = element.replace("5e5addcd-3e8d-4e90-baf5-964efab2b20a", "195adc35-e27b-454b-a7ed-1ecdffa1c09f")
                .replace("7146a1f0-8703-45b3-9eae-527a64c00995", "76faac2a-0f20-42f1-928a-50de5b9dbe52")
                .replace("Role", "Scope");
        ManifestReport delegated = ManifestChecker.check(exoScopes, IMAP_SMTP, GrantType.PASSWORD);
        assertThat(delegated.isCorrect()).as("User.Read sits under Graph, which was not pasted").isTrue();
        assertThat(delegated.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).startsWith("User.Read (Scope) of Microsoft Graph is not in what was pasted");
        });
    }

    @Test
    void microsoftGraphsApplicationsAnswerIsReadAndSeveralAppsAreRefusedByName() throws IOException {
        String answer = fixture("graph-applications.json");

        ManifestReport report = ManifestChecker.check(answer, IMAP_SMTP, GrantType.CLIENT_CREDENTIALS);
        assertThat(report.read()).isEqualTo("Read: the application Genesys E-mail Server (appId "
                + "6731de76-14a6-49ae-97bc-6eba6914391e) from a Microsoft Graph list of applications.");
        assertThat(report.findings()).isEmpty();

        String one = "{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#applications/$entity\", "
                + "\"id\": \"2f1c7a8e-5b1d-4a53-9a5e-3c0b8f6f1d21\", \"appId\": \"6731de76-14a6-49ae-97bc-6eba6914391e\", "
                + "\"displayName\": \"Genesys E-mail Server\", \"requiredResourceAccess\": []}";
        assertThat(ManifestChecker.check(one, IMAP_SMTP, GrantType.CLIENT_CREDENTIALS).read())
                .startsWith("Read: the application Genesys E-mail Server").endsWith("as Microsoft Graph returns it.");

        String two = answer.replace("\"value\": [", "\"value\": [{\"displayName\": \"Old test app\", "
                + "\"requiredResourceAccess\": []},");
        ManifestReport refused = ManifestChecker.check(two, IMAP_SMTP, GrantType.CLIENT_CREDENTIALS);
        assertThat(refused.read()).isEmpty();
        assertThat(refused.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(NO_REQUIRED_RESOURCE_ACCESS);
            assertThat(f.message()).isEqualTo("The pasted Microsoft Graph answer lists 2 applications (Old test app, "
                    + "Genesys E-mail Server (appId 6731de76-14a6-49ae-97bc-6eba6914391e)): paste only the one E-mail "
                    + "Server uses (from GET /applications/ with its object id, or from its Manifest page).");
        });
    }

    @Test
    void aGraphIdUnderExchangeOnlineIsOneMistakeWithItsFix() {
        String pasted = "{\"requiredResourceAccess\":["
                + "{\"resourceAppId\":\"" + GRAPH + "\",\"resourceAccess\":[{\"id\":\"e1fe6dd8-ba31-4d61-89e7-88639da4683d\",\"type\":\"Scope\"}]},"
                + "{\"resourceAppId\":\"" + EXO + "\",\"resourceAccess\":[{\"id\":\"652390e4-393a-48de-9484-05f9b1212954\",\"type\":\"Scope\"}]}]}";

        ManifestReport report = ManifestChecker.check(pasted, Set.of(OAuthProtocol.IMAP), GrantType.PASSWORD);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(WRONG_RESOURCE);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("IMAP.AccessAsUser.All under Office 365 Exchange Online has the id "
                    + "652390e4-393a-48de-9484-05f9b1212954, which is IMAP.AccessAsUser.All of Microsoft Graph: the same "
                    + "name has another id on each resource. Replace the id with 195adc35-e27b-454b-a7ed-1ecdffa1c09f.");
        });
        assertThat(report.summary()).isEqualTo("One mistake to fix:");
    }

    @Test
    void aManifestWithWarningsIsNeverCalledExact() {
        String pasted = "{\"requiredResourceAccess\":[{\"resourceAppId\":\"" + EXO + "\",\"resourceAccess\":["
                + "{\"id\":\"5e5addcd-3e8d-4e90-baf5-964efab2b20a\",\"type\":\"Role\"},"
                + "{\"id\":\"7146a1f0-8703-45b3-9eae-527a64c00995\",\"type\":\"Role\"}]},"
                + "{\"resourceAppId\":\"" + GRAPH + "\",\"resourceAccess\":[{\"id\":\"b633e1c5-b582-4048-a93e-9f11b44c7e96\",\"type\":\"Role\"}]}]}";

        ManifestReport report = ManifestChecker.check(pasted, IMAP_SMTP, GrantType.CLIENT_CREDENTIALS);

        assertThat(report.isCorrect()).isTrue();
        assertThat(report.findings()).extracting(ManifestFinding::severity).containsExactly(Severity.WARNING);
        assertThat(report.summary()).isEqualTo("The manifest has every permission these protocols need; one remark:");
    }

    @Test
    void textThatIsNotJsonSaysWhereInTheAdminsWordsNotTheParsers() {
        String broken = "{\n  \"requiredResourceAccess\": [\n    {\n      \"resourceAppId\": \"" + EXO + "\"\n"
                + "      \"resourceAccess\": []\n    }\n  ]\n}";

        ManifestReport report = ManifestChecker.check(broken, IMAP_SMTP, GrantType.PASSWORD);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(UNPARSABLE);
            assertThat(f.message()).startsWith("The pasted text could not be read as JSON: the first problem is at "
                    + "line 5, column 7.").doesNotContain("Unexpected character").doesNotContain("expecting")
                    .doesNotContain("code ").doesNotContain("Jackson").doesNotContain("Exception");
        });
        assertThat(ManifestChecker.check("  \"requiredResourceAccess\": [ {,\n", IMAP_SMTP, GrantType.PASSWORD)
                .findings().get(0).message()).contains("line 1, column ");
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = ManifestShapesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
