package org.mailroom.oauth;

import org.mailroom.domain.Cloud;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.oauth.OAuthProtocol.EWS;
import static org.mailroom.oauth.OAuthProtocol.GRAPH;
import static org.mailroom.oauth.OAuthProtocol.IMAP;
import static org.mailroom.oauth.OAuthProtocol.POP3;
import static org.mailroom.oauth.OAuthProtocol.SMTP;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue against the facts table, and the generated manifest for every protocol and grant. */
class PermissionCatalogueTest {

    private static final String GRAPH_APP = "00000003-0000-0000-c000-000000000000";
    private static final String EXO_APP = "00000002-0000-0ff1-ce00-000000000000";

    /** (protocol, grant) -> "resourceAppId id type" lines, typed in again from domain-facts.md §4. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "IMAP PASSWORD", List.of(GRAPH_APP + " e1fe6dd8-ba31-4d61-89e7-88639da4683d Scope",
EXO_APP + " 195adc35-e27b-454b-a7ed-1ecdffa1c09f Scope"),
            "POP3 PASSWORD", List.of(GRAPH_APP + " e1fe6dd8-ba31-4d61-89e7-88639da4683d Scope",
EXO_APP + " fb698133-92fa-453e-a9ed-688e10f2e5ac Scope"),
            "SMTP PASSWORD", List.of(GRAPH_APP + " e1fe6dd8-ba31-4d61-89e7-88639da4683d Scope",
EXO_APP + " 76faac2a-0f20-42f1-928a-50de5b9dbe52 Scope"),
            "EWS PASSWORD", List.of(GRAPH_APP + " e1fe6dd8-ba31-4d61-89e7-88639da4683d Scope",
EXO_APP + " 3b5f3d61-589b-4a3c-a359-5dd4b5ee5bd5 Scope"),
            "GRAPH PASSWORD", List.of(),
            "IMAP CLIENT_CREDENTIALS", List.of(EXO_APP + " 5e5addcd-3e8d-4e90-baf5-964efab2b20a Role"),
            "POP3 CLIENT_CREDENTIALS", List.of(EXO_APP + " cb842b43-da6e-4506-86fe-bb12199c656d Role"),
            "SMTP CLIENT_CREDENTIALS", List.of(EXO_APP + " 7146a1f0-8703-45b3-9eae-527a64c00995 Role"),
            "EWS CLIENT_CREDENTIALS", List.of(EXO_APP + " dc890d15-9560-4a4c-9b7f-a736ec74ec40 Role"),
            "GRAPH CLIENT_CREDENTIALS", List.of(GRAPH_APP + " 810c84a8-4a9e-49e6-bf7d-12d183f40d01 Role",
                    GRAPH_APP + " e2a3a72e-5f79-4c64-b1b1-878b674786c9 Role", GRAPH_APP + " b633e1c5-b582-4048-a93e-9f11b44c7e96 Role"));

    @Test
    void everyProtocolAndGrantMatchesTheFactsTableInListAndManifest() throws Exception {
        for (OAuthProtocol protocol : OAuthProtocol.values()) {
            for (GrantType grant : GrantType.values()) {
                List<String> expected = EXPECTED.get(protocol + " " + grant);
                List<String> listed = PermissionCatalogue.required(Set.of(protocol), grant).stream()
                        .map(p -> p.resourceAppId() + " " + p.id() + " " + p.type()).toList();
                assertThat(listed).as(protocol + " " + grant).containsExactlyElementsOf(expected);
                assertThat(manifestLines(ManifestJson.requiredResourceAccess(Set.of(protocol), grant)))
                        .as("manifest " + protocol + " " + grant).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void combinedProtocolsShareUserReadAndGroupByResource() throws Exception {
        List<Permission> all = PermissionCatalogue.required(EnumSet.of(IMAP, POP3, SMTP, EWS), GrantType.PASSWORD);
        assertThat(all).extracting(Permission::name).containsExactly("User.Read",
                "IMAP.AccessAsUser.All", "POP.AccessAsUser.All", "EWS.AccessAsUser.All", "SMTP.Send");
        JsonNode array = ManifestJson.requiredResourceAccessArray(all);
        assertThat(array).hasSize(2);
        assertThat(array.get(0).get("resourceAppId").asText()).isEqualTo(GRAPH_APP);
        assertThat(array.get(1).get("resourceAccess")).hasSize(4);
    }

    @Test
    void theCatalogueHoldsTheWholeFactsTableWithNamesAndResources() {
        assertThat(PermissionCatalogue.ALL).hasSize(17);
        assertThat(PermissionCatalogue.ALL).extracting(Permission::id).doesNotHaveDuplicates();
        assertThat(PermissionCatalogue.find(GRAPH_APP, "652390E4-393A-48DE-9484-05F9B1212954"))
                .contains(PermissionCatalogue.GRAPH_IMAP_USER);
        assertThat(PermissionCatalogue.EXO_IMAP_APP.resourceName()).isEqualTo("Office 365 Exchange Online");
        assertThat(PermissionCatalogue.EXO_FULL_ACCESS_AS_APP.documented()).isTrue();
        assertThat(PermissionCatalogue.EXO_IMAP_APP.documented()).isFalse();
    }

    @Test
    void scopesForTokenRequests() {
        assertThat(TokenScopes.forRequest(IMAP, GrantType.PASSWORD, Cloud.GLOBAL))
                .containsExactly("https://outlook.office.com/IMAP.AccessAsUser.All", "offline_access");
        assertThat(TokenScopes.forRequest(POP3, GrantType.PASSWORD, Cloud.GLOBAL))
                .containsExactly("https://outlook.office.com/POP.AccessAsUser.All", "offline_access");
        assertThat(TokenScopes.forRequest(SMTP, GrantType.PASSWORD, Cloud.GLOBAL))
                .containsExactly("https://outlook.office.com/SMTP.Send", "offline_access");
        assertThat(TokenScopes.forRequest(EWS, GrantType.PASSWORD, Cloud.GLOBAL))
                .containsExactly("https://outlook.office365.com/EWS.AccessAsUser.All", "offline_access");
        assertThat(TokenScopes.forRequest(IMAP, GrantType.CLIENT_CREDENTIALS, Cloud.GLOBAL))
                .containsExactly("https://outlook.office365.com/.default");
        assertThat(TokenScopes.forRequest(GRAPH, GrantType.CLIENT_CREDENTIALS, Cloud.GLOBAL))
                .containsExactly("https://graph.microsoft.com/.default");
        assertThat(TokenScopes.forRequest(IMAP, GrantType.CLIENT_CREDENTIALS, Cloud.US_GOV_GCC_HIGH))
                .containsExactly("https://outlook.office365.us/.default");
    }

    private static List<String> manifestLines(String manifest) throws Exception {
        List<String> lines = new ArrayList<>();
        for (JsonNode resource : ManifestJson.MAPPER.readTree(manifest).get("requiredResourceAccess")) {
            for (JsonNode access : resource.get("resourceAccess")) {
                lines.add(resource.get("resourceAppId").asText() + " " + access.get("id").asText() + " "
                        + access.get("type").asText());
            }
        }
        return lines;
    }
}
