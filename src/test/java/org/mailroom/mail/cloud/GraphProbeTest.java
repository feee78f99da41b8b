package org.mailroom.mail.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.mail.cloud.CloudProbeFixture.GRAPH;
import static org.mailroom.mail.cloud.CloudProbeFixture.SECRET;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Direction;
import org.mailroom.mail.FailureKind;
import org.mailroom.mail.ProbeResult;
import org.mailroom.mail.ProbeStep;
import org.mailroom.mail.StepStatus;
import org.mailroom.mail.Timeouts;
import org.mailroom.testing.FakeIdentityProvider;
import org.mailroom.testing.LocalHttpsServer;
import org.mailroom.testing.LocalHttpsServer.Reply;
import org.mailroom.testing.TestTls;

/** Graph tests against a local HTTPS server that plays Graph and the identity provider (facts §8's answers). */
class GraphProbeTest {

    private static final String INBOX = "/v1.0/users/support@contoso.com/mailFolders/inbox";
    private static final String USER = "/v1.0/users/support@contoso.com";
    private static final String FOUND = "{\"displayName\":\"Support\",\"mail\":\"support@contoso.com\"}";
    private static final String COUNTED = "{\"displayName\":\"Inbox\",\"totalItemCount\":42,\"unreadItemCount\":7}";

    private final CloudProbeFixture fixture = new CloudProbeFixture();

    GraphProbeTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void inboundReadsTheInboxCount() {
        fixture.graphToken("Mail.ReadWrite");
        fixture.server.on(INBOX, request -> Reply.json(200, COUNTED));

        ProbeResult result = fixture.run(fixture.graph(Direction.INBOUND));

        assertThat(result.succeeded()).as(result.toPlainText()).isTrue();
        assertThat(result.steps()).extracting(s -> s.step()).containsExactly(ProbeStep.TOKEN, ProbeStep.DNS, ProbeStep.TLS,
                ProbeStep.AUTHENTICATION, ProbeStep.VERIFY);
        assertThat(result.steps()).extracting(s -> s.status()).containsOnly(StepStatus.OK);
        assertThat(result.steps().get(4).detail()).contains("42 messages", "7 unread");
        assertThat(result.steps().get(0).detail()).contains("Mail.ReadWrite", GRAPH);
        assertThat(result.tls().pinned()).isTrue();
        String sent = fixture.server.requests().stream().filter(r -> r.path().equals(INBOX)).findFirst().orElseThrow()
                .header("Authorization");
        assertThat(sent).startsWith("Bearer ");
        assertThat(result.toPlainText()).doesNotContain(SECRET).doesNotContain(sent.substring("Bearer ".length()));
        assertThat(String.join("\n", result.transcript())).contains("GET " + fixture.server.base() + "/v1.0/users/");
    }

    @Test
    void onlyMailReadIsAWarning() {
        fixture.graphToken("Mail.Read");
        fixture.server.on(INBOX, request -> Reply.json(200, COUNTED));

        ProbeResult result = fixture.run(fixture.graph(Direction.INBOUND));

        assertThat(result.overall()).as(result.toPlainText()).isEqualTo(StepStatus.WARNING);
        assertThat(result.steps().get(4).detail()).contains("Mail.ReadWrite", "cannot move");
    }

    @Test
    void outboundFindsTheMailboxAndNeedsMailSend() {
        fixture.graphToken("Mail.Send");
        fixture.server.on(USER, request -> Reply.json(200, FOUND));

        ProbeResult result = fixture.run(fixture.graph(Direction.OUTBOUND));

        assertThat(result.succeeded()).as(result.toPlainText()).isTrue();
        assertThat(result.steps().get(4).detail()).contains("Support <support@contoso.com>", "Mail.Send");
        assertThat(fixture.server.requests()).noneMatch(r -> r.path().endsWith("/sendMail"));
    }

    @Test
    void aTestMessageOnlyWhenAskedAndOnlyToTheAddressGiven() {
        fixture.graphToken("Mail.Send");
        fixture.server.on(USER, request -> Reply.json(200, FOUND));
        fixture.server.on(USER + "/sendMail", request -> Reply.json(202, ""));

        ProbeResult result = fixture.run(fixture.graph(Direction.OUTBOUND).withTestMessageTo("admin@contoso.com"));

        assertThat(result.succeeded()).as(result.toPlainText()).isTrue();
        LocalHttpsServer.Request send = fixture.server.requests().stream().filter(r -> r.path().endsWith("/sendMail"))
                .findFirst().orElseThrow();
        assertThat(send.method()).isEqualTo("POST");
        assertThat(send.body()).contains("\"address\":\"admin@contoso.com\"", "\"saveToSentItems\":false");
        assertThat(result.steps().get(4).detail()).contains("Test message sent to admin@contoso.com");
    }

    @Test
    void outboundWithoutMailSendInTheTokenNamesThePermission() {
        fixture.graphToken("Mail.ReadWrite");
        fixture.server.on(USER, request -> Reply.json(200, FOUND));

        ProbeResult result = fixture.run(fixture.graph(Direction.OUTBOUND));

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.ACCESS_DENIED);
        assertThat(result.failure().step()).isEqualTo(ProbeStep.VERIFY);
        assertThat(result.failure().reason()).contains("Mail.Send", "Mail.ReadWrite");
        assertThat(result.failure().action()).contains("application permission Mail.Send", "Grant admin consent", "30 minutes");
    }

    @Test
    void aTokenForAnotherAudienceIs401WithTheCloudToCheck() {
        fixture.server.tokens(FakeIdentityProvider.appOnlyToken("https://graph.microsoft.us", "Mail.ReadWrite"));
        fixture.server.on(INBOX, request -> Reply.json(401, "{\"error\":{\"code\":\"InvalidAuthenticationToken\","
                + "\"message\":\"Access token validation failure. Invalid audience.\"}}"));

        ProbeResult result = fixture.run(fixture.graph(Direction.INBOUND));

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.AUTHENTICATION_FAILED);
        assertThat(result.failure().step()).isEqualTo(ProbeStep.AUTHENTICATION);
        assertThat(result.failure().reason()).contains("401", "InvalidAuthenticationToken", "Invalid audience");
        assertThat(result.failure().action()).contains("https://graph.microsoft.us", "same cloud");
    }

    @Test
    void anExpiredTokenIs401WithTheClockToCheck() {
        fixture.graphToken("Mail.ReadWrite");
        fixture.server.on(INBOX, request -> Reply.json(401, "{\"error\":{\"code\":\"InvalidAuthenticationToken\","
                + "\"message\":\"Lifetime validation failed, the token is expired.\"}}"));

        ProbeResult result = fixture.run(fixture.graph(Direction.INBOUND));

        assertThat(result.failure().kind()).isEqualTo(FailureKind.AUTHENTICATION_FAILED);
        assertThat(result.failure().action()).contains("date and time");
    }

    @Test
    void accessToODataDisabledIsAPolicyOrScopeThatLeavesTheMailboxOut() {
        fixture.graphToken("Mail.ReadWrite");
        fixture.server.on(INBOX, request -> Reply.json(403, "{\"error\":{\"code\":\"ErrorAccessDenied\","
                + "\"message\":\"Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.\"}}"));

        ProbeResult result = fixture.run(fixture.graph(Direction.INBOUND));

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.ACCESS_DENIED);
        assertThat(result.failure().step()).isEqualTo(ProbeStep.VERIFY);
        assertThat(result.failure().action()).contains("application access policy (legacy)", "management scope",
                "support@contoso.com", "over an hour");
    }

    @Test
    void accessDeniedCheckCredentialsWithoutTheRoleIsTheMissingPermission() {
        fixture.graphToken();
        fixture.server.on(INBOX, request -> Reply.json(403, "{\"error\":{\"code\":\"ErrorAccessDenied\","
                + "\"message\":\"Access is denied. Check credentials and try again.\"}}"));

        ProbeResult result = fixture.run(fixture.graph(Direction.INBOUND));

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.ACCESS_DENIED);
        assertThat(result.failure().action()).contains("lacks the Microsoft Graph application permission Mail.ReadWrite",
                "Grant admin consent").doesNotContain("application access policy (legacy)");
    }

    @Test
    void accessDeniedWithTheRoleHeldIsTheRbacScope() {
        fixture.graphToken("Mail.ReadWrite");
        fixture.server.on(INBOX, request -> Reply.json(403, "{\"error\":{\"code\":\"ErrorAccessDenied\","
                + "\"message\":\"Access is denied. Check credentials and try again.\"}}"));

        ProbeResult result = fixture.run(fixture.graph(Direction.INBOUND));

        assertThat(result.failure().kind()).isEqualTo(FailureKind.ACCESS_DENIED);
        assertThat(result.failure().action()).contains("scoped to other mailboxes", "Test-ServicePrincipalAuthorization",
                "an hour").doesNotContain("lacks");
    }

    @Test
    void noSuchMailboxIs404() {
        fixture.graphToken("Mail.ReadWrite");
        fixture.server.on(INBOX, request -> Reply.json(404, "{\"error\":{\"code\":\"ErrorInvalidUser\","
                + "\"message\":\"The requested user 'support@contoso.com' is invalid.\"}}"));

        ProbeResult result = fixture.run(fixture.graph(Direction.INBOUND));

        assertThat(result.failure().kind()).isEqualTo(FailureKind.MAILBOX_UNAVAILABLE);
        assertThat(result.failure().reason()).contains("404", "ErrorInvalidUser");
        assertThat(result.failure().action()).contains("no mailbox support@contoso.com", "licence");
    }

    @Test
    void a429IsWaitedOutAsRetryAfterAsksWithinTheDeadline() {
        fixture.graphToken("Mail.ReadWrite");
        int[] calls = {0};
        fixture.server.on(INBOX, request -> ++calls[0] == 1
                ? Reply.json(429, "{\"error\":{\"code\":\"ApplicationThrottled\",\"message\":\"Too many requests\"}}").with("Retry-After", "1")
                : Reply.json(200, COUNTED));

        ProbeResult result = fixture.run(fixture.graph(Direction.INBOUND));

        assertThat(result.succeeded()).as(result.toPlainText()).isTrue();
        assertThat(calls[0]).isEqualTo(2);
        assertThat(result.steps().get(4).detail()).contains("throttled this test 1 time");
        assertThat(String.join("\n", result.transcript())).containsIgnoringCase("Retry-After: 1").contains("waiting 1 s");
    }

    @Test
    void a429AskingForLongerThanTheDeadlineIsNotWaitedFor() {
        fixture.graphToken("Mail.ReadWrite");
        fixture.server.on(INBOX, request -> Reply.json(429, "{\"error\":{\"code\":\"ApplicationThrottled\","
                + "\"message\":\"Too many requests\"}}").with("Retry-After", "3600"));

        ProbeResult result = fixture.run(fixture.graph(Direction.INBOUND));

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.THROTTLED);
        assertThat(result.failure().reason()).contains("3600 s");
        assertThat(fixture.server.requests()).filteredOn(r -> r.path().equals(INBOX)).hasSize(1);
    }

    @Test
    void aSlowServerIsStoppedByTheTimeout() {
        fixture.graphToken("Mail.ReadWrite");
        fixture.server.on(INBOX, request -> {
            Thread.sleep(30_000);
            return Reply.json(200, COUNTED);
        });

        ProbeResult result = fixture.run(fixture.graph(Direction.INBOUND).withTimeouts(Timeouts.ofSeconds(1)));

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(result.steps()).extracting(s -> s.status()).contains(StepStatus.FAILED);
    }

    @Test
    void testAllRunsGraphTestsInTheBatchOfMailTests() throws Exception {
        fixture.graphToken("Mail.ReadWrite", "Mail.Send");
        fixture.server.on(INBOX, request -> Reply.json(200, COUNTED));
        fixture.server.on(USER, request -> Reply.json(200, FOUND));
        java.util.List<CloudProbe> probes = java.util.List.of(
                fixture.probe(fixture.graph(Direction.INBOUND), java.time.Clock.systemUTC()),
                fixture.probe(fixture.graph(Direction.OUTBOUND), java.time.Clock.systemUTC()));
        java.util.List<Integer> progress = new java.util.concurrent.CopyOnWriteArrayList<>();

        java.util.List<ProbeResult> results = new org.mailroom.mail.ProbeBatch(2)
                .startProbes(probes, (result, done, total) -> progress.add(done)).get(30, TimeUnit.SECONDS);

        assertThat(results).extracting(ProbeResult::succeeded).containsExactly(true, true);
        assertThat(results.get(0).target()).contains("Inbound");
        assertThat(results.get(1).target()).contains("Outbound");
        assertThat(progress).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void aTestCancelledBeforeItStartsTouchesNothing() {
        CloudProbe probe = fixture.probe(fixture.graph(Direction.INBOUND), java.time.Clock.systemUTC());
        probe.cancel();

        assertThat(probe.run().failure().kind()).isEqualTo(FailureKind.CANCELLED);
        assertThat(fixture.server.requests()).isEmpty();
    }

    @Test
    void aCancelEndsTheTest() throws Exception {
        fixture.graphToken("Mail.ReadWrite");
        CountDownLatch asked = new CountDownLatch(1);
        fixture.server.on(INBOX, request -> {
            asked.countDown();
            Thread.sleep(30_000);
            return Reply.json(200, COUNTED);
        });
        CloudProbe probe = fixture.probe(fixture.graph(Direction.INBOUND).withTimeouts(Timeouts.ofSeconds(20)),
                java.time.Clock.systemUTC());
        CompletableFuture<ProbeResult> running = CompletableFuture.supplyAsync(probe::run);
        assertThat(asked.await(20, TimeUnit.SECONDS)).isTrue();

        probe.cancel();

        ProbeResult result = running.get(20, TimeUnit.SECONDS);
        assertThat(result.failure().kind()).isEqualTo(FailureKind.CANCELLED);
    }

    @Test
    void anUntrustedIdentityProviderIsNamedAtTheTokenStep() {
        fixture.graphToken("Mail.ReadWrite");

        ProbeResult result = fixture.run(fixture.graph(Direction.INBOUND).withPinnedSha256(null));

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.UNTRUSTED_CERTIFICATE);
        assertThat(result.failure().step()).isEqualTo(ProbeStep.TOKEN);
        assertThat(result.failure().reason()).contains("identity provider");
        assertThat(result.failure().action()).contains("sign-in server", "TLS inspecting proxy", "E-mail Server").doesNotContain("server entry");
        assertThat(result.certificateToTrust()).contains(TestTls.LOCALHOST.sha256());
    }

    @Test
    void anUntrustedGraphHostOffersItsFingerprint() throws Exception {
        try (LocalHttpsServer graph = new LocalHttpsServer(TestTls.EXAMPLE_TEST)) {
            graph.on(INBOX, request -> Reply.json(200, COUNTED));

            ProbeResult result = fixture.runWithInProcessTokens(fixture.graph(Direction.INBOUND).withEndpoint(graph.base())
                    .withPinnedSha256(null), FakeIdentityProvider.appOnlyToken(GRAPH, "Mail.ReadWrite"));

            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.UNTRUSTED_CERTIFICATE);
            assertThat(result.failure().step()).isEqualTo(ProbeStep.TLS);
            assertThat(result.certificateToTrust()).contains(TestTls.EXAMPLE_TEST.sha256());
            assertThat(result.failure().action()).contains("Microsoft Graph", "TLS inspecting proxy", "keytool -importcert")
                    .doesNotContain("server entry");
            assertThat(graph.requests()).isEmpty();
        }
    }

    @Test
    void aPinnedCertificateTheGraphHostNoLongerPresentsIsAMismatch() throws Exception {
        try (LocalHttpsServer graph = new LocalHttpsServer(TestTls.EXAMPLE_TEST)) {
            ProbeResult result = fixture.runWithInProcessTokens(fixture.graph(Direction.INBOUND).withEndpoint(graph.base()),
                    FakeIdentityProvider.appOnlyToken(GRAPH, "Mail.ReadWrite"));

            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.PIN_MISMATCH);
            assertThat(result.failure().reason()).contains(TestTls.LOCALHOST.sha256(), TestTls.EXAMPLE_TEST.sha256());
        }
    }

    @Test
    void anExpiredCertificateFailsEvenWhenPinned() throws Exception {
        try (LocalHttpsServer graph = new LocalHttpsServer(TestTls.EXPIRED)) {
            ProbeResult result = fixture.runWithInProcessTokens(fixture.graph(Direction.INBOUND).withEndpoint(graph.base())
                    .withPinnedSha256(TestTls.EXPIRED.sha256()), FakeIdentityProvider.appOnlyToken(GRAPH, "Mail.ReadWrite"));

            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.CERTIFICATE_EXPIRED);
            assertThat(result.failure().step()).isEqualTo(ProbeStep.TLS);
        }
    }

    @Test
    void aRefusedTokenStopsAtTheTokenStepWithTheAadstsAction() {
        fixture.server.tokens(FakeIdentityProvider.error(401, "invalid_client", 7000215, "Invalid client secret provided."));

        ProbeResult result = fixture.run(fixture.graph(Direction.INBOUND));

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.TOKEN_REFUSED);
        assertThat(result.failure().step()).isEqualTo(ProbeStep.TOKEN);
        assertThat(result.failure().reason()).contains("AADSTS7000215");
        assertThat(result.failure().action()).contains("Value");
        assertThat(result.steps().subList(1, 5)).extracting(s -> s.status()).containsOnly(StepStatus.SKIPPED);
    }

    @Test
    void missingConsentSaysItCanTakeTime() {
        fixture.server.tokens(FakeIdentityProvider.error(400, "invalid_grant", 65001, "The user or administrator has not consented."));

        ProbeResult result = fixture.run(fixture.graph(Direction.INBOUND));

        assertThat(result.failure().kind()).isEqualTo(FailureKind.TOKEN_REFUSED);
        assertThat(result.failure().action()).contains("30 minutes");
    }
}
