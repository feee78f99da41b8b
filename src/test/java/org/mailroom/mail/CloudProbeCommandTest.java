package org.mailroom.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailroom.testing.FakeIdentityProvider;
import org.mailroom.testing.LocalHttpsServer;
import org.mailroom.testing.LocalHttpsServer.Reply;
import org.mailroom.testing.TestTls;

/** {@code probe --protocol graph|ews} against a local HTTPS server that is Graph, EWS and the identity provider. */
class CloudProbeCommandTest {

    private static final String SECRET = "Cli~Graph.Secret-2026";
    private static final String INBOX = "/v1.0/users/support@contoso.com/mailFolders/inbox";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final LocalHttpsServer server = new LocalHttpsServer(TestTls.LOCALHOST);

    CloudProbeCommandTest() throws Exception {
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void graphWithTheSecretFromStandardInputAndLocalOverrides() {
        server.tokens(FakeIdentityProvider.appOnlyToken("https://graph.microsoft.com", "Mail.ReadWrite"));
        server.on(INBOX, request -> Reply.json(200, "{\"totalItemCount\":5,\"unreadItemCount\":1}"));

        int code = run(stdin(SECRET + "\n"), Map.of(), graph("--timeout", "3"));

        assertThat(code).as(err.toString() + out).isEqualTo(ProbeCommand.SUCCESS);
        assertThat(out.toString()).contains("Result: OK", "5 messages").doesNotContain(SECRET);
        assertThat(server.requests()).anyMatch(r -> r.path().equals("/" + FakeIdentityProvider.TENANT + "/oauth2/v2.0/token")
                && r.body().contains("grant_type=client_credentials"));
    }

    @Test
    void graphWithTheSecretFromAnEnvironmentVariableAndAFailureIsOne() {
        server.tokens(FakeIdentityProvider.appOnlyToken("https://graph.microsoft.com"));
        server.on("/v1.0/users/support@contoso.com", request -> Reply.json(200, "{\"mail\":\"support@contoso.com\"}"));

        int code = run(stdin(""), Map.of("GRAPH_SECRET", SECRET), graph("--password-env", "GRAPH_SECRET", "--direction", "outbound"));

        assertThat(code).as(err.toString()).isEqualTo(ProbeCommand.FAILED);
        assertThat(out.toString()).contains("Mail.Send", "Grant admin consent").doesNotContain(SECRET);
    }

    @Test
    void ewsOnExchangeOnlineIsNamedBlockedToday() {
        server.tokens(FakeIdentityProvider.delegatedToken("https://outlook.office365.com", "EWS.AccessAsUser.All", "support@contoso.com"));
        server.on("/EWS/Exchange.asmx", request -> Reply.xml(401, ""));

        int code = run(stdin("pw-123456"), Map.of(), "probe", "--protocol", "ews", "--user", "support@contoso.com",
                "--client-id", FakeIdentityProvider.CLIENT, "--tenant", FakeIdentityProvider.TENANT,
                "--authority", server.base().toString(), "--ews-url", server.base() + "/EWS/Exchange.asmx",
                "--trust", TestTls.LOCALHOST.sha256());

        assertThat(code).isEqualTo(ProbeCommand.FAILED);
        assertThat(out.toString()).contains("EWS blocked by Microsoft", "Microsoft Graph").doesNotContain("pw-123456");
    }

    @Test
    void ewsOnPremisesWithTheLoginAndPassword() {
        server.on("/EWS/Exchange.asmx", request -> Reply.xml(200, "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<s:Body><GetFolderResponse><ResponseCode>NoError</ResponseCode><Folder><DisplayName>Inbox</DisplayName>"
                + "<TotalCount>9</TotalCount></Folder></GetFolderResponse></s:Body></s:Envelope>"));

        int code = run(stdin("pw-123456"), Map.of(), "probe", "--protocol", "ews", "--user", "CONTOSO\\support",
                "--mailbox", "support@contoso.com", "--ews-url", server.base() + "/EWS/Exchange.asmx", "--folder", "",
                "--trust", TestTls.LOCALHOST.sha256());

        assertThat(code).as(err.toString()).isEqualTo(ProbeCommand.USAGE); // an empty --folder is a missing value
        code = run(stdin("pw-123456"), Map.of(), "probe", "--protocol", "ews", "--user", "CONTOSO\\support",
                "--mailbox", "support@contoso.com", "--ews-url", server.base() + "/EWS/Exchange.asmx",
                "--trust", TestTls.LOCALHOST.sha256());

        assertThat(code).as(err.toString() + out).isEqualTo(ProbeCommand.SUCCESS);
        assertThat(out.toString()).contains("9 items", "accepted the login CONTOSO\\support");
    }

    @Test
    void theSecretIsNeverAnArgument() {
        int code = run(stdin(""), Map.of(), graph("--client-secret", SECRET));

        assertThat(code).isEqualTo(ProbeCommand.USAGE);
        assertThat(err.toString()).contains("never taken from the command line");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void badCloudOptionsAreTwoWithASentence() {
        assertThat(run(stdin(SECRET), Map.of(), graph("--graph-host", "http://127.0.0.1:1"))).isEqualTo(ProbeCommand.USAGE);
        assertThat(err.toString()).contains("--graph-host must be an https:// URL");
        assertThat(run(stdin(SECRET), Map.of(), "probe", "--protocol", "graph", "--user", "support@contoso.com",
                "--client-id", "not-a-guid", "--tenant", FakeIdentityProvider.TENANT)).isEqualTo(ProbeCommand.USAGE);
        assertThat(run(stdin(SECRET), Map.of(), "probe", "--protocol", "ews", "--user", "support@contoso.com",
                "--client-id", FakeIdentityProvider.CLIENT, "--tenant", "common")).isEqualTo(ProbeCommand.USAGE);
        assertThat(run(stdin(SECRET), Map.of(), graph("--send-test-to", "admin@contoso.com"))).isEqualTo(ProbeCommand.USAGE);
        assertThat(err.toString()).contains("--send-test-to needs --direction outbound");
        assertThat(run(stdin(SECRET), Map.of(), graph("--folder", "Inbox"))).isEqualTo(ProbeCommand.USAGE);
        assertThat(run(stdin(SECRET), Map.of(), "probe", "--protocol", "imap", "--security", "ssl", "--host", "h",
                "--user", "u", "--graph-host", "https://h")).isEqualTo(ProbeCommand.USAGE);
        assertThat(err.toString()).contains("--graph-host is for --protocol graph or ews").doesNotContain("Exception");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aNationalCloudBringsItsOwnHostsAndScope() {
        org.mailroom.mail.cloud.CloudProbeCommand.Invocation dod = org.mailroom.mail.cloud.CloudProbeCommand.parse(
                org.mailroom.mail.cloud.CloudApi.GRAPH, Map.of("--user", "support@contoso.us", "--client-id", FakeIdentityProvider.CLIENT,
                        "--tenant", FakeIdentityProvider.TENANT, "--cloud", "dod"), SECRET.toCharArray(), Timeouts.DEFAULT, null);
        assertThat(dod.request().endpoint()).hasToString("https://dod-graph.microsoft.us");
        assertThat(dod.request().registration().cloud()).isEqualTo(org.mailroom.domain.Cloud.US_DOD);
        assertThat(dod.identity().oidcAuthority()).isNull();

        org.mailroom.mail.cloud.CloudProbeCommand.Invocation china = org.mailroom.mail.cloud.CloudProbeCommand.parse(
                org.mailroom.mail.cloud.CloudApi.EWS, Map.of("--user", "support@contoso.cn", "--client-id", FakeIdentityProvider.CLIENT,
                        "--tenant", FakeIdentityProvider.TENANT, "--authority", "https://login.chinacloudapi.cn/"), SECRET.toCharArray(),
                Timeouts.DEFAULT, null);
        assertThat(china.request().endpoint()).hasToString("https://partner.outlook.cn/EWS/Exchange.asmx");
        assertThat(china.request().exchangeOnline()).isTrue();
        assertThat(run(stdin(SECRET), Map.of(), graph("--cloud", "germany"))).isEqualTo(ProbeCommand.USAGE);
    }

    private String[] graph(String... more) {
        List<String> args = new ArrayList<>(List.of("probe", "--protocol", "graph", "--user", "support@contoso.com",
                "--client-id", FakeIdentityProvider.CLIENT, "--tenant", FakeIdentityProvider.TENANT,
                "--authority", server.base().toString(), "--graph-host", server.base().toString(),
                "--trust", TestTls.LOCALHOST.sha256()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private int run(InputStream stdin, Map<String, String> env, String... args) {
        return ProbeCommand.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
