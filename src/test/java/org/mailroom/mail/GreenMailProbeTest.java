package org.mailroom.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.testing.TestTls;

/** Connection tests against GreenMail, a real server on all six protocol/port combinations. */
class GreenMailProbeTest {

    static final String PASSWORD = "Pa55-word-never-shown";
    static final String TOKEN = "ya29.token-never-shown-0123456789";

    static {
        // GreenMail's own certificate names no host; give it one that names localhost and 127.0.0.1
        System.setProperty("greenmail.tls.keystore.file", TestTls.LOCALHOST.keystore().toString());
        System.setProperty("greenmail.tls.keystore.password", TestTls.PASSWORD);
    }

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.ALL))
            .withPerMethodLifecycle(false);

    @BeforeAll
    static void users() {
        greenMail.setUser("alice@localhost", "alice", PASSWORD);
        greenMail.setUser("oauth@localhost", "oauth", TOKEN); // GreenMail compares the XOAUTH2 token with this
        GreenMailUtil.sendTextEmail("alice@localhost", "bob@localhost", "hello", "a message to count",
                greenMail.getSmtp().getServerSetup());
    }

    static Stream<Arguments> allSix() {
        return Stream.of(
                Arguments.of(Protocol.IMAP, ConnectionSecurity.NONE),
                Arguments.of(Protocol.IMAP, ConnectionSecurity.SSL_TLS),
                Arguments.of(Protocol.POP3, ConnectionSecurity.NONE),
                Arguments.of(Protocol.POP3, ConnectionSecurity.SSL_TLS),
                Arguments.of(Protocol.SMTP, ConnectionSecurity.NONE),
                Arguments.of(Protocol.SMTP, ConnectionSecurity.SSL_TLS));
    }

    @ParameterizedTest
    @MethodSource("allSix")
    void logsInAndProvesIt(Protocol protocol, ConnectionSecurity security) {
        ProbeResult result = probe(protocol, security, "alice", Credentials.password(PASSWORD.toCharArray()));

        assertThat(result.succeeded()).as(result.toPlainText()).isTrue();
        assertThat(result.steps()).extracting(StepResult::step).contains(ProbeStep.DNS, ProbeStep.TCP, ProbeStep.TLS,
                ProbeStep.GREETING, ProbeStep.AUTHENTICATION, ProbeStep.VERIFY);
        assertThat(step(result, ProbeStep.AUTHENTICATION).status()).isEqualTo(StepStatus.OK);
        assertThat(step(result, ProbeStep.VERIFY).status()).isEqualTo(StepStatus.OK);
        if (protocol == Protocol.SMTP) {
            assertThat(step(result, ProbeStep.VERIFY).detail()).contains("235");
        } else {
            assertThat(step(result, ProbeStep.VERIFY).detail()).contains("INBOX");
        }
        if (security == ConnectionSecurity.SSL_TLS) {
            assertThat(result.tls().pinned()).isTrue();
            assertThat(result.tls().hostNameMatches()).isTrue();
            assertThat(result.tls().certificate().subjectAltNames()).contains("localhost", "127.0.0.1");
            assertThat(result.tls().protocol()).startsWith("TLS");
            assertThat(step(result, ProbeStep.TLS).status()).isEqualTo(StepStatus.OK);
        } else {
            assertThat(step(result, ProbeStep.TLS).status()).isEqualTo(StepStatus.WARNING);
        }
        assertThat(result.capabilities()).isNotNull();
        assertThat(result.capabilities().greeting()).isNotBlank();
        assertNoSecretIn(result, PASSWORD);
    }

    @ParameterizedTest
    @MethodSource("allSix")
    void wrongPasswordIsAnAuthenticationFailure(Protocol protocol, ConnectionSecurity security) {
        ProbeResult result = probe(protocol, security, "alice", Credentials.password("wrong-password".toCharArray()));

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.AUTHENTICATION_FAILED);
        assertThat(result.failure().step()).isEqualTo(ProbeStep.AUTHENTICATION);
        assertThat(step(result, ProbeStep.GREETING).status()).isEqualTo(StepStatus.OK);
        assertThat(step(result, ProbeStep.VERIFY).status()).isEqualTo(StepStatus.SKIPPED);
        assertNoSecretIn(result, "wrong-password");
    }

    @ParameterizedTest
    @MethodSource("allSix")
    void xoauth2TokenIsAccepted(Protocol protocol, ConnectionSecurity security) {
        ProbeResult result = probe(protocol, security, "oauth", Credentials.oauthToken(TOKEN.toCharArray()));

        assertThat(result.succeeded()).as(result.toPlainText()).isTrue();
        assertThat(result.capabilities().authMechanisms()).contains("XOAUTH2");
        assertThat(step(result, ProbeStep.AUTHENTICATION).detail()).contains("XOAUTH2");
        assertNoSecretIn(result, TOKEN);
    }

    @ParameterizedTest
    @MethodSource("allSix")
    void wrongXoauth2TokenIsRejected(Protocol protocol, ConnectionSecurity security) {
        String wrong = "ya29.expired-token-0123456789";
        ProbeResult result = probe(protocol, security, "oauth", Credentials.oauthToken(wrong.toCharArray()));

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.AUTHENTICATION_FAILED);
        assertNoSecretIn(result, wrong);
    }

    @Test
    void untrustedCertificateIsRefusedThenAcceptedOncePinned() {
        ProbeRequest request = request(Protocol.IMAP, ConnectionSecurity.SSL_TLS, "alice",
                Credentials.password(PASSWORD.toCharArray())).withPinnedSha256(null);

        ProbeResult refused = new MailProbe(request).run();
        assertThat(refused.failure().kind()).as(refused.toPlainText()).isEqualTo(FailureKind.UNTRUSTED_CERTIFICATE);
        assertThat(refused.failure().step()).isEqualTo(ProbeStep.TLS);
        assertThat(refused.tls().chainTrusted()).isFalse();
        assertThat(refused.certificateToTrust()).contains(TestTls.LOCALHOST.sha256());
        assertThat(refused.toPlainText()).contains(TestTls.LOCALHOST.sha256());
        assertThat(refused.transcript()).noneMatch(line -> line.contains("LOGIN") || line.contains("AUTHENTICATE"));

        ProbeResult pinned = new MailProbe(request.withPinnedSha256(refused.certificateToTrust().orElseThrow())).run();
        assertThat(pinned.succeeded()).as(pinned.toPlainText()).isTrue();
        assertThat(pinned.tls().pinned()).isTrue();
    }

    @Test
    void aPinForAnotherCertificateDoesNotHelp() {
        ProbeResult result = new MailProbe(request(Protocol.POP3, ConnectionSecurity.SSL_TLS, "alice",
                Credentials.password(PASSWORD.toCharArray())).withPinnedSha256(TestTls.OTHER_HOST.sha256())).run();

        // named as what it is: the pin given and the certificate's own, not a generic "untrusted"
        assertThat(result.failure().kind()).isEqualTo(FailureKind.PIN_MISMATCH);
        assertThat(result.failure().reason()).contains(TestTls.OTHER_HOST.sha256(), TestTls.LOCALHOST.sha256());
    }

    @Test
    void tlsToAPlainPortIsAHandshakeFailure() {
        int plainImap = greenMail.getImap().getPort();
        ProbeRequest request = request(Protocol.IMAP, ConnectionSecurity.SSL_TLS, "alice",
                Credentials.password(PASSWORD.toCharArray()));
        ProbeResult result = new MailProbe(new ProbeRequest(null, Protocol.IMAP, ConnectionSecurity.SSL_TLS, "localhost",
                plainImap, "alice", request.credentials(), request.pinnedSha256(), 0, request.timeouts())).run();

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.TLS_HANDSHAKE);
        assertThat(step(result, ProbeStep.TCP).status()).isEqualTo(StepStatus.OK);
        assertThat(step(result, ProbeStep.TLS).status()).isEqualTo(StepStatus.FAILED);
    }

    @Test
    void reportNamesEveryStepAndTheCertificate() {
        ProbeResult result = probe(Protocol.IMAP, ConnectionSecurity.SSL_TLS, "alice",
                Credentials.password(PASSWORD.toCharArray()));

        String report = result.toPlainText();
        assertThat(report).contains("DNS", "TLS", "Login", "INBOX opened: 1 messages", "CN=localhost",
                TestTls.LOCALHOST.sha256(), "AUTH=XOAUTH2");
        assertThat(report).doesNotContain(PASSWORD);
    }

    /** Test all as the main window runs it: 25 mailboxes, every protocol with and without TLS, all at once. */
    @Test
    void testAllOver25MailboxesOfEveryKindSucceedsAndReportsEachOnce() throws Exception {
        List<ProbeRequest> requests = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Protocol protocol = Protocol.values()[i % 3];
            ConnectionSecurity security = i % 2 == 0 ? ConnectionSecurity.SSL_TLS : ConnectionSecurity.NONE;
            requests.add(request(protocol, security, "alice", Credentials.password(PASSWORD.toCharArray())).withName("mailbox-" + i));
        }

        List<ProbeResult> results = new ProbeBatch(25).start(requests, (result, done, total) -> { }).get(60, TimeUnit.SECONDS);

        assertThat(results).extracting(ProbeResult::name)
                .containsExactly(requests.stream().map(ProbeRequest::name).toArray(String[]::new));
        assertThat(results).allSatisfy(result -> assertThat(result.succeeded()).as(result.toPlainText()).isTrue());
    }

    static ProbeResult probe(Protocol protocol, ConnectionSecurity security, String login, Credentials credentials) {
        return new MailProbe(request(protocol, security, login, credentials)).run();
    }

    static ProbeRequest request(Protocol protocol, ConnectionSecurity security, String login, Credentials credentials) {
        int port = switch (protocol) {
            case IMAP -> security == ConnectionSecurity.SSL_TLS ? greenMail.getImaps().getPort() : greenMail.getImap().getPort();
            case POP3 -> security == ConnectionSecurity.SSL_TLS ? greenMail.getPop3s().getPort() : greenMail.getPop3().getPort();
            case SMTP -> security == ConnectionSecurity.SSL_TLS ? greenMail.getSmtps().getPort() : greenMail.getSmtp().getPort();
        };
        return new ProbeRequest(null, protocol, security, "localhost", port, login, credentials,
                TestTls.LOCALHOST.sha256(), 0, Timeouts.of(Duration.ofSeconds(5)));
    }

    static StepResult step(ProbeResult result, ProbeStep step) {
        return result.steps().stream().filter(s -> s.step() == step).findFirst().orElseThrow();
    }

    static void assertNoSecretIn(ProbeResult result, String secret) {
        assertThat(result.toPlainText()).doesNotContain(secret);
        assertThat(String.join("\n", result.transcript())).doesNotContain(secret);
        assertThat(result.transcript()).isNotEmpty();
    }
}
