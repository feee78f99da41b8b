package org.mailroom.oauth;

import org.mailroom.domain.Cloud;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.RuleViolationException;

class MigrationRequestTest {

    private static final AzureAppRegistration GLOBAL = new AzureAppRegistration("Mailroom",
            "{AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE}", "11111111-2222-3333-4444-555555555555", Cloud.GLOBAL,
            AccountType.MULTI_TENANT, GrantType.PASSWORD, Set.of(OAuthProtocol.IMAP));
    private static final List<MigrationMailbox> SAMPLE = List.of(new MigrationMailbox("support", false),
            new MigrationMailbox("Sales, \"EMEA\"", false), new MigrationMailbox("oauth_test", true));

    @Test
    void aTestMailboxIsRequired() {
        assertThatThrownBy(() -> MigrationRequest.of(GLOBAL, List.of(new MigrationMailbox("support", false))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("test mailbox");
        assertThatThrownBy(() -> MigrationRequest.of(GLOBAL, List.of())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void textForTheSupportCaseStartsWithTheTestMailbox() {
        String text = MigrationRequest.of(GLOBAL, SAMPLE).asText();
        assertThat(text).contains("""
                Mailbox Name: oauth_test
                directory-id: 11111111-2222-3333-4444-555555555555
                client-id: aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee
                Is it a test mailbox: Yes

                Mailbox Name: support
                """).doesNotContain("tenant-authority");
    }

    @Test
    void csvQuotesCommasAndQuotes() {
        String csv = MigrationRequest.of(GLOBAL, SAMPLE).asCsv();
        assertThat(csv).isEqualTo("Mailbox Name,directory-id,client-id,tenant-authority,Is it a test mailbox\r\n"
                + "oauth_test,11111111-2222-3333-4444-555555555555,aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee,,Yes\r\n"
                + "support,11111111-2222-3333-4444-555555555555,aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee,,No\r\n"
                + "\"Sales, \"\"EMEA\"\"\",11111111-2222-3333-4444-555555555555,aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee,,No\r\n");
    }

    @Test
    void jsonHasTheAuthorityOnlyWhenNotTheDefault() throws Exception {
        var json = ManifestJson.MAPPER.readTree(MigrationRequest.of(GLOBAL, SAMPLE).asJson()).get("mailboxes");
        assertThat(json).hasSize(3);
        assertThat(json.get(2).get("Mailbox Name").asText()).isEqualTo("Sales, \"EMEA\"");
        assertThat(json.get(0).get("Is it a test mailbox").asText()).isEqualTo("Yes");
        assertThat(json.get(0).has("tenant-authority")).isFalse();

        AzureAppRegistration china = new AzureAppRegistration("m", GLOBAL.clientId(), "contoso.partner.onmschina.cn",
                Cloud.CHINA, AccountType.MULTI_TENANT, GrantType.PASSWORD, Set.of(OAuthProtocol.IMAP));
        MigrationRequest request = MigrationRequest.of(china, SAMPLE);
        assertThat(ManifestJson.MAPPER.readTree(request.asJson()).get("mailboxes").get(0).get("tenant-authority").asText())
                .isEqualTo("https://login.chinacloudapi.cn/");
        assertThat(request.asText()).contains("tenant-authority: https://login.chinacloudapi.cn/");
        assertThat(request.asCsv()).contains(",https://login.chinacloudapi.cn/,Yes\r\n");
    }
}
