package org.mailroom.mail.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.mailroom.domain.Direction;
import org.mailroom.mail.ProbeResult;
import org.mailroom.mail.Timeouts;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.testing.FakeIdentityProvider;
import org.mailroom.testing.LocalHttpsServer;
import org.mailroom.testing.TestTls;

/** A Graph or EWS test against one local HTTPS server that is also the identity provider, its certificate pinned. */
final class CloudProbeFixture implements AutoCloseable {

    static final String SECRET = "Graph~Secret.Value-2026";
    static final String PASSWORD = "Ews-Pa55word!";
    static final String MAILBOX = "support@contoso.com";
    static final String GRAPH = "https://graph.microsoft.com";
    static final String EXO = "https://outlook.office365.com";
    static final Clock BEFORE_EWS_BLOCK = at("2026-09-30T12:00:00Z");
    static final Clock EWS_BLOCKED = at("2026-10-01T08:00:00Z");
    static final Clock EWS_SHUT_DOWN = at("2027-04-01T08:00:00Z");

    private static final Pattern INTERNALS = Pattern.compile("\\b(java|javax|jakarta|com|org)\\.[a-z]+\\.|\\b[A-Z]\\w*Exception\\b"
            + "|\\b[A-Z0-9]+_[A-Z0-9_]+\\b|\\n\\s+at [\\w.$]+\\(");

    final LocalHttpsServer server;
    private final ExecutorService tokenWork = Executors.newCachedThreadPool();

    CloudProbeFixture() throws Exception {
        this(TestTls.LOCALHOST);
    }

    CloudProbeFixture(TestTls certificate) throws Exception {
        server = new LocalHttpsServer(certificate);
    }

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    static AzureAppRegistration app(GrantType grant, OAuthProtocol protocol) {
        return new AzureAppRegistration("Mailroom", FakeIdentityProvider.CLIENT, FakeIdentityProvider.TENANT, Cloud.GLOBAL,
                AccountType.SINGLE_TENANT, grant, Set.of(protocol));
    }

    CloudProbeRequest graph(Direction direction) {
        return CloudProbeRequest.graph("Support", direction, MAILBOX, app(GrantType.CLIENT_CREDENTIALS, OAuthProtocol.GRAPH),
                SECRET.toCharArray()).withEndpoint(server.base()).withPinnedSha256(TestTls.LOCALHOST.sha256())
                .withTimeouts(Timeouts.ofSeconds(5));
    }

    CloudProbeRequest ews(String folderPath, boolean exchangeOnline) {
        return CloudProbeRequest.ews("Support", Direction.INBOUND, MAILBOX, URI.create(server.base() + "/EWS/Exchange.asmx"),
                folderPath, exchangeOnline ? app(GrantType.PASSWORD, OAuthProtocol.EWS) : null, MAILBOX, PASSWORD.toCharArray())
                .withPinnedSha256(TestTls.LOCALHOST.sha256()).withTimeouts(Timeouts.ofSeconds(5));
    }

    IdentityProviderSettings identity() {
        return new IdentityProviderSettings(null, false, server.authority(), Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofSeconds(5));
    }

    /** The token from an in-process identity provider: the local server then only plays the API. */
    ProbeResult runWithInProcessTokens(CloudProbeRequest request, FakeIdentityProvider.Answer tokens) {
        IdentityProviderSettings inProcess = IdentityProviderSettings.fake(new FakeIdentityProvider().answering(tokens),
                Duration.ofSeconds(5));
        return inAdminWords(new CloudProbe(request, inProcess, tokenWork, Clock.systemUTC()).run());
    }

    ProbeResult run(CloudProbeRequest request) {
        return run(request, Clock.systemUTC());
    }

    ProbeResult run(CloudProbeRequest request, Clock clock) {
        return inAdminWords(probe(request, clock).run());
    }

    /** No class name, stack frame or enum constant in what the admin reads (as AdminWordsTest says of the rest). */
    static ProbeResult inAdminWords(ProbeResult result) {
        String shown = result.toPlainText().replaceAll("TLS_\\w+", "a cipher suite");
        assertThat(INTERNALS.matcher(shown).find()).as(shown).isFalse();
        return result;
    }

    CloudProbe probe(CloudProbeRequest request, Clock clock) {
        return new CloudProbe(request, identity(), tokenWork, clock);
    }

    /** A test as one of a run's (Test all's {@link org.mailroom.mail.ProbeBatch#run()}). */
    CloudProbe probe(CloudProbeRequest request, Clock clock, org.mailroom.mail.ProbeRun run) {
        return new CloudProbe(request, identity(), tokenWork, clock, run);
    }

    /** The app-only token Graph gets, with these application permissions. */
    void graphToken(String... roles) {
        server.tokens(FakeIdentityProvider.appOnlyToken(GRAPH, roles));
    }

    void ewsToken() {
        server.tokens(FakeIdentityProvider.delegatedToken(EXO, "EWS.AccessAsUser.All", MAILBOX));
    }

    @Override
    public void close() {
        server.close();
        tokenWork.shutdownNow();
    }
}
