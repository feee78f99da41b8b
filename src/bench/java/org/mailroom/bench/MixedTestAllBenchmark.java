package org.mailroom.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailroom.domain.Cloud;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Protocol;
import org.mailroom.mail.ConnectionProbe;
import org.mailroom.mail.Credentials;
import org.mailroom.mail.MailProbe;
import org.mailroom.mail.ProbeBatch;
import org.mailroom.mail.ProbeRequest;
import org.mailroom.mail.ProbeResult;
import org.mailroom.mail.Timeouts;
import org.mailroom.mail.ProbeRun;
import org.mailroom.mail.TlsSessions;
import org.mailroom.mail.cloud.CloudProbe;
import org.mailroom.mail.cloud.CloudProbeRequest;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.testing.FakeIdentityProvider;
import org.mailroom.testing.LocalHttpsServer;
import org.mailroom.testing.LocalHttpsServer.Reply;
import org.mailroom.testing.TestTls;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Test all over 100 mixed mailboxes — IMAP, POP3 and SMTP on GreenMail, Graph and EWS on local HTTPS servers that are
 * identity provider and API at once — as the window runs it (at most 8 tests at once per server, the tests sharing the
 * batch's TLS sessions), against one test of each kind on its own (a full handshake, nothing shared). The target: Test
 * all finishes within 1.5 times the slowest single test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MixedTestAllBenchmark {

    private static final String MAILBOX = "support@contoso.com";
    private static final String INBOX = "/v1.0/users/" + MAILBOX + "/mailFolders/inbox";
    private static final String EWS = "/EWS/Exchange.asmx";
    private static final String FOLDER = "<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope "
            + "xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\" "
            + "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"><s:Body><m:GetFolderResponse><m:ResponseMessages>"
            + "<m:GetFolderResponseMessage ResponseClass=\"Success\"><m:ResponseCode>NoError</m:ResponseCode><m:Folders><t:Folder>"
            + "<t:FolderId Id=\"id-Inbox\"/><t:DisplayName>Inbox</t:DisplayName><t:TotalCount>12</t:TotalCount><t:UnreadCount>1</t:UnreadCount>"
            + "</t:Folder></m:Folders></m:GetFolderResponseMessage></m:ResponseMessages></m:GetFolderResponse></s:Body></s:Envelope>";
    /** Before Microsoft's EWS block: the EWS tests prove the folder rather than report the block. */
    private static final Clock BEFORE_EWS_BLOCK = Clock.fixed(Instant.parse("2026-09-30T12:00:00Z"), ZoneOffset.UTC);

    /** The kind a single test is of. */
    public enum Kind { IMAP, POP3, SMTP, GRAPH, EWS }

    @Param({"IMAP", "POP3", "SMTP", "GRAPH", "EWS"})
    Kind single;

    private GreenMail greenMail;
    private LocalHttpsServer graph;
    private LocalHttpsServer ews;
    private ExecutorService tokenWork;

    @Setup
    public void setUp() throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Logger.getLogger("com.microsoft.aad.msal4j").setLevel(Level.WARNING);
        System.setProperty("greenmail.tls.keystore.file", TestTls.LOCALHOST.keystore().toString());
        System.setProperty("greenmail.tls.keystore.password", TestTls.PASSWORD);
        greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.ALL));
        greenMail.start();
        greenMail.setUser("bench@localhost", "bench", "bench-password");
        graph = new LocalHttpsServer(TestTls.LOCALHOST);
        graph.tokens(FakeIdentityProvider.appOnlyToken("https://graph.microsoft.com", "Mail.ReadWrite"));
        graph.on(INBOX, request -> Reply.json(200, "{\"displayName\":\"Inbox\",\"totalItemCount\":42,\"unreadItemCount\":7}"));
        ews = new LocalHttpsServer(TestTls.LOCALHOST);
        ews.tokens(FakeIdentityProvider.delegatedToken("https://outlook.office365.com", "EWS.AccessAsUser.All", MAILBOX));
        ews.on(EWS, request -> Reply.xml(200, FOLDER));
        tokenWork = Executors.newCachedThreadPool();
    }

    @Benchmark
    public List<ProbeResult> testAll100() throws Exception {
        ProbeBatch batch = new ProbeBatch(8); // the window's ConnectionTestsViewModel.PER_SERVER
        List<ConnectionProbe> probes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            probes.add(probe(Kind.values()[i % Kind.values().length], i, batch.run()));
        }
        List<ProbeResult> results = batch.startProbes(probes, (result, done, total) -> { }).get(120, TimeUnit.SECONDS);
        for (ProbeResult result : results) {
            if (!result.succeeded()) {
                throw new IllegalStateException(result.toPlainText());
            }
        }
        return results;
    }

    /** One test of the kind given, on its own. */
    @Benchmark
    public ProbeResult singleTest() {
        ProbeResult result = probe(single, 0, ProbeRun.single()).run();
        if (!result.succeeded()) {
            throw new IllegalStateException(result.toPlainText());
        }
        return result;
    }

    private ConnectionProbe probe(Kind kind, int i, ProbeRun run) {
        return switch (kind) {
            case IMAP -> mail(Protocol.IMAP, greenMail.getImaps().getPort(), i, run.tls());
            case POP3 -> mail(Protocol.POP3, greenMail.getPop3s().getPort(), i, run.tls());
            case SMTP -> mail(Protocol.SMTP, greenMail.getSmtps().getPort(), i, run.tls());
            case GRAPH -> new CloudProbe(CloudProbeRequest.graph("graph-" + i, Direction.INBOUND, MAILBOX,
                    app(GrantType.CLIENT_CREDENTIALS, OAuthProtocol.GRAPH), "secret-value".toCharArray()).withEndpoint(graph.base())
                    .withPinnedSha256(TestTls.LOCALHOST.sha256()).withTimeouts(Timeouts.ofSeconds(10)),
                    identity(graph), tokenWork, Clock.systemUTC(), run);
            case EWS -> new CloudProbe(CloudProbeRequest.ews("ews-" + i, Direction.INBOUND, MAILBOX, URI.create(ews.base() + EWS), "",
                    app(GrantType.PASSWORD, OAuthProtocol.EWS), MAILBOX, "ews-password".toCharArray())
                    .withPinnedSha256(TestTls.LOCALHOST.sha256()).withTimeouts(Timeouts.ofSeconds(10)),
                    identity(ews), tokenWork, BEFORE_EWS_BLOCK, run);
        };
    }

    private static MailProbe mail(Protocol protocol, int port, int i, TlsSessions tls) {
        return new MailProbe(new ProbeRequest(protocol.name().toLowerCase() + "-" + i, protocol, ConnectionSecurity.SSL_TLS, "localhost",
                port, "bench", Credentials.password("bench-password".toCharArray()), TestTls.LOCALHOST.sha256(), 0,
                Timeouts.of(Duration.ofSeconds(10))), Clock.systemDefaultZone(), tls);
    }

    private static IdentityProviderSettings identity(LocalHttpsServer server) {
        return new IdentityProviderSettings(null, false, server.authority(), Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(10));
    }

    private static AzureAppRegistration app(GrantType grant, OAuthProtocol protocol) {
        return new AzureAppRegistration("Mailroom", FakeIdentityProvider.CLIENT, FakeIdentityProvider.TENANT, Cloud.GLOBAL,
                AccountType.SINGLE_TENANT, grant, EnumSet.of(protocol));
    }

    @TearDown
    public void tearDown() {
        greenMail.stop();
        graph.close();
        ews.close();
        tokenWork.shutdownNow();
    }
}
