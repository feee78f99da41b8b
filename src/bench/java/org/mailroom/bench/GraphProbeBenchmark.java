package org.mailroom.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailroom.domain.Direction;
import org.mailroom.mail.ProbeResult;
import org.mailroom.mail.Timeouts;
import org.mailroom.mail.cloud.CloudProbe;
import org.mailroom.mail.cloud.CloudProbeRequest;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A Graph inbound test (token with msal4j, DNS, TLS, the Inbox's count, classification and report) against the
 * local HTTPS server of the tests, which is identity provider and Graph at once, next to the least a client must do
 * for the same proof on a fresh connection: a bare JDK {@code HttpClient} that posts the token request, reads the
 * token with Jackson and GETs the Inbox. The target: the test costs at most 1.2 times the bare round trip.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GraphProbeBenchmark {

    private static final String INBOX = "/v1.0/users/support@contoso.com/mailFolders/inbox";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger MSAL_LOG = Logger.getLogger("com.microsoft.aad.msal4j");

    private LocalHttpsServer server;
    private ExecutorService tokenWork;
    private IdentityProviderSettings identity;
    private AzureAppRegistration app;

    @Setup
    public void setUp() throws Exception {
        // the JDK server's small writes would otherwise wait for delayed ACKs (tens of ms a request, both sides alike)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        MSAL_LOG.setLevel(Level.WARNING); // msal4j's INFO lines about correlation ids go to the log file in the app
        server = new LocalHttpsServer(TestTls.LOCALHOST);
        server.tokens(FakeIdentityProvider.appOnlyToken("https://graph.microsoft.com", "Mail.ReadWrite"));
        server.on(INBOX, request -> Reply.json(200, "{\"displayName\":\"Inbox\",\"totalItemCount\":42,\"unreadItemCount\":7}"));
        tokenWork = Executors.newCachedThreadPool();
        identity = new IdentityProviderSettings(null, false, server.authority(), Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(10));
        app = new AzureAppRegistration("Mailroom", FakeIdentityProvider.CLIENT, FakeIdentityProvider.TENANT, Cloud.GLOBAL,
                AccountType.SINGLE_TENANT, GrantType.CLIENT_CREDENTIALS, EnumSet.of(OAuthProtocol.GRAPH));
    }

    @Benchmark
    public ProbeResult graphTest() {
        CloudProbeRequest request = CloudProbeRequest.graph("Support", Direction.INBOUND, "support@contoso.com", app,
                "secret-value".toCharArray()).withEndpoint(server.base()).withPinnedSha256(TestTls.LOCALHOST.sha256())
                .withTimeouts(Timeouts.ofSeconds(5));
        ProbeResult result = new CloudProbe(request, identity, tokenWork, Clock.systemUTC()).run();
        if (!result.succeeded()) {
            throw new IllegalStateException(result.toPlainText());
        }
        return result;
    }

    @Benchmark
    public int bareHttpClientRoundTrip() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(TestTls.LOCALHOST.clientContext())
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String form = "grant_type=client_credentials&client_id=" + FakeIdentityProvider.CLIENT + "&client_secret=secret-value&scope="
                + URLEncoder.encode("https://graph.microsoft.com/.default", StandardCharsets.UTF_8);
        HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(server.base() + "/"
                        + FakeIdentityProvider.TENANT + "/oauth2/v2.0/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String accessToken = JSON.readTree(token.body()).path("access_token").asText();
        HttpResponse<byte[]> inbox = client.send(HttpRequest.newBuilder(URI.create(server.base() + INBOX))
                .header("Authorization", "Bearer " + accessToken).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        int count = JSON.readTree(inbox.body()).path("totalItemCount").asInt(-1);
        if (count != 42) {
            throw new IllegalStateException("no count: " + inbox.statusCode());
        }
        return count;
    }

    @TearDown
    public void tearDown() {
        server.close();
        tokenWork.shutdownNow();
    }
}
