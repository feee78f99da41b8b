package org.mailroom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailroom.domain.Cloud;
import org.mailroom.domain.EwsEndpoint;
import org.mailroom.domain.GraphCloud;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.SecretRef;
import org.mailroom.io.ImportConflict.Resolution;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.WorkspaceName;

/** EWS and Graph mailboxes through the workspace file (JSON) and the E-mail Server options (INI), and files that are wrong about them. */
@ExtendWith(WorkspaceExtension.class)
class MailboxKindsFilesTest {

    private TempWorkspace source;
    private WorkspaceDatabase target;
    private StoredRegistration graphApp;

    @BeforeEach
    void fill(TempWorkspace source, @WorkspaceName("target") WorkspaceDatabase target) {
        this.source = source;
        this.target = target;
        graphApp = source.oauth().save(0, new AzureAppRegistration("Contoso Graph", "2b2c3d4e-0000-4000-8000-00000000abcd",
                "contoso.onmicrosoft.com", Cloud.GLOBAL, AccountType.SINGLE_TENANT, GrantType.CLIENT_CREDENTIALS,
                EnumSet.of(OAuthProtocol.GRAPH)));
        Mailbox graphIn = source.mailboxes().add(InboundMailbox.draft("claims", 10, "claims@contoso.com", new GraphCloud(Cloud.GLOBAL)));
        Mailbox graphOut = source.mailboxes().add(OutboundMailbox.draft("support@contoso.com", "support@contoso.com",
                new GraphCloud(Cloud.GLOBAL)));
        source.mailboxes().add(InboundMailbox.draft("legacy", 5, "legacy@contoso.com",
                new EwsEndpoint("https://mail.contoso.com/EWS/Exchange.asmx", "Inbox/Customers")));
        source.oauth().link(graphIn, graphApp, true);
        source.oauth().link(graphOut, graphApp, false);
    }

    @Test
    void theKindsSurviveTheStoreExportAndImport() throws Exception {
        WorkspaceContent before = WorkspaceContent.read(source.database());
        WorkspaceContent reopened = WorkspaceContent.read(source.reopen());
        assertThat(reopened.mailboxes()).isEqualTo(before.mailboxes());

        WorkspaceFile file = WorkspaceExporter.build(reopened, WorkspaceExporter.Options.whole());
        assertThat(file.version()).isEqualTo(2);
        assertThat(file.mailboxes()).extracting(WorkspaceFile.MailboxEntry::name, WorkspaceFile.MailboxEntry::kind,
                        WorkspaceFile.MailboxEntry::server, WorkspaceFile.MailboxEntry::ewsUrl, WorkspaceFile.MailboxEntry::cloud)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("claims", MailboxKind.GRAPH, null, null, Cloud.GLOBAL),
                        org.assertj.core.groups.Tuple.tuple("legacy", MailboxKind.EWS, null, "https://mail.contoso.com/EWS/Exchange.asmx", null),
                        org.assertj.core.groups.Tuple.tuple("smtp-client", MailboxKind.GRAPH, null, null, Cloud.GLOBAL));

        WorkspaceImporter importer = new WorkspaceImporter(target);
        importer.apply(importer.check(WorkspaceExporter.toJson(file)), ImportChoices.all(Resolution.SKIP), null, null);
        assertThat(RoundTripTest.json(target)).isEqualTo(RoundTripTest.json(source.database()));
        assertThat(WorkspaceContent.read(target).mailboxes()).extracting(Mailbox::kind)
                .containsExactly(MailboxKind.GRAPH, MailboxKind.EWS, MailboxKind.GRAPH);
    }

    @Test
    void aVersionOneFileStillImports() throws Exception {
        String old = """
                {"format": "mailroom-workspace", "version": 1,
                 "servers": [{"ref": "imap", "host": "outlook.office365.com", "port": 993, "protocol": "IMAP", "security": "SSL_TLS"}],
                 "mailboxes": [{"name": "sales", "direction": "INBOUND", "maxSizeMb": 5, "login": "sales@contoso.com", "server": "imap"}]}
                """;
        WorkspaceImporter importer = new WorkspaceImporter(target);
        importer.apply(importer.check(old.getBytes(StandardCharsets.UTF_8)), ImportChoices.all(Resolution.SKIP), null, null);
        assertThat(WorkspaceContent.read(target).mailboxes()).singleElement().extracting(Mailbox::kind).isEqualTo(MailboxKind.IMAP);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "EWS over http      | \"kind\": \"EWS\", \"ewsUrl\": \"http://mail.contoso.com/EWS/Exchange.asmx\" | $.mailboxes[0].ewsUrl | must start with https://",
            "EWS URL no URL     | \"kind\": \"EWS\", \"ewsUrl\": \"mail.contoso.com\"                       | $.mailboxes[0].ewsUrl | a web address",
            "EWS URL no host    | \"kind\": \"EWS\", \"ewsUrl\": \"https:///EWS/Exchange.asmx\"              | $.mailboxes[0].ewsUrl | valid host name",
            "EWS without URL    | \"kind\": \"EWS\"                                                          | $.mailboxes[0].ewsUrl | required",
            "EWS with a server  | \"kind\": \"EWS\", \"ewsUrl\": \"https://mail.contoso.com/EWS/Exchange.asmx\", \"server\": \"imap\" | $.mailboxes[0].server | not used by a EWS mailbox",
            "Graph bad address  | \"kind\": \"GRAPH\", \"cloud\": \"GLOBAL\", \"login\": \"claims\"          | $.mailboxes[0].login  | the address of the mailbox",
            "Graph closed cloud | \"kind\": \"GRAPH\", \"cloud\": \"GERMANY\"                              | $.mailboxes[0].cloud  | closed in 2021",
            "Graph no cloud     | \"kind\": \"GRAPH\"                                                        | $.mailboxes[0].cloud  | required",
            "IMAP on POP3 entry | \"kind\": \"POP3\", \"server\": \"imap\"                                  | $.mailboxes[0].kind   | its server entry is IMAP",
            "SMTP inbound       | \"kind\": \"SMTP\", \"server\": \"imap\"                                  | $.mailboxes[0].kind   | its server entry is IMAP"})
    void aWrongMailboxKindIsRefusedInWordsAndNothingChanges(String name, String fields, String path, String fragment) {
        String json = """
                {"format": "mailroom-workspace", "version": 2,
                 "servers": [{"ref": "imap", "host": "outlook.office365.com", "port": 993, "protocol": "IMAP", "security": "SSL_TLS"}],
                 "mailboxes": [{"name": "claims", "direction": "INBOUND", "maxSizeMb": 5, "login": "claims@contoso.com", %s}]}
                """.formatted(fields).replace("\"login\": \"claims@contoso.com\", \"kind\": \"GRAPH\", \"cloud\": \"GLOBAL\", \"login\": \"claims\"",
                "\"login\": \"claims\", \"kind\": \"GRAPH\", \"cloud\": \"GLOBAL\"");
        String before = RoundTripTest.json(target);
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> new WorkspaceImporter(target).check(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(rejected).as(name).isNotNull();
        assertThat(rejected.problems()).as(rejected.getMessage()).anySatisfy(problem -> {
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).contains(fragment).doesNotContain("Exception").doesNotContain("GRAPH\"");
        });
        assertThat(RoundTripTest.json(target)).isEqualTo(before);
    }

    @Test
    void theIniSaysEwsAndGraphAsEmailServerReadsThem() {
        String ini = EmailServerOptions.ini(WorkspaceContent.read(source.database()), EmailServerOptions.Settings.withoutPasswords());

        assertThat(ini).contains("""
                [smtp-client]
                user=support@contoso.com
                server-type=graph
                connect-timeout=30
                protocol-timeout=60
                client-id=2b2c3d4e-0000-4000-8000-00000000abcd
                directory-id=contoso.onmicrosoft.com
                scope=https://graph.microsoft.com/.default
                grant-type=client_credentials
                """).contains("""
                [pop-client-claims]
                mailbox=claims@contoso.com
                type=GRAPH
                maximum-msg-size=10
                """).contains("""
                [pop-client-legacy]
                server=https://mail.contoso.com/EWS/Exchange.asmx
                port=443
                mailbox=legacy@contoso.com
                type=ews
                folder-path=Inbox/Customers
                maximum-msg-size=5
                """);
        assertThat(ini).contains("; The outbound mailbox sends through Microsoft Graph: \"server-type=graph\" marks it.")
                .doesNotContain("password=").doesNotContain("secret=").doesNotContain("mail.graph").doesNotContain("enable-ssl=true\nmaximum-msg-size=10");
    }

    @Test
    void thePrintableSummaryShowsWhereEachKindConnects() {
        String html = ConfigurationSummary.html(WorkspaceContent.read(source.database()), java.util.List.of(),
                java.time.ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, java.time.ZoneOffset.UTC));

        assertThat(html).contains("https://mail.contoso.com/EWS/Exchange.asmx · EWS · Inbox/Customers", "graph.microsoft.com · Graph")
                .doesNotContain("GraphCloud").doesNotContain("EwsEndpoint");
    }

    @Test
    void theGraphSecretIsTheAppsClientSecretInPasswordAndTheSendOptionCanBeRenamed() {
        EmailServerOptions.Settings settings = EmailServerOptions.Settings.withoutPasswords()
                .withPasswords(ref -> ref.equals(SecretRef.clientSecret(graphApp.id())) ? Optional.of("app-secret".toCharArray())
                        : Optional.empty())
                .withGraphSendOption("sending-type=GRAPH");
        String ini = EmailServerOptions.ini(WorkspaceContent.read(source.database()), settings);

        assertThat(ini).contains("[pop-client-claims]\nmailbox=claims@contoso.com\ntype=GRAPH\nmaximum-msg-size=10\n")
                .contains("password=app-secret").contains("sending-type=GRAPH").doesNotContain("server-type=graph");
        assertThat(ini.lines().filter(line -> line.equals("password=app-secret"))).hasSize(1);
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> settings.withGraphSendOption("server type = graph; rm -rf")).getMessage())
                .isEqualTo("--graph-send-option takes option=value, e.g. server-type=graph: an option name in lower case, a plain value");
    }
}
