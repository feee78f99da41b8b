package org.mailroom.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.mail.GreenMailProbeTest.assertNoSecretIn;
import static org.mailroom.mail.GreenMailProbeTest.step;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.testing.FakeMailServers;
import org.mailroom.testing.ScriptedServer;
import org.mailroom.testing.TestTls;

/** Failure cases that need a server GreenMail cannot be: silent, scripted, or with another certificate. */
class ScriptedProbeTest {

    static final String PASSWORD = "Scripted-Secret-4711";
    static final String TOKEN = "ya29.scripted-token-4711-abcdef";
    static final SSLContext LOCALHOST_TLS = TestTls.LOCALHOST.serverContext();
    static final SSLContext OTHER_HOST_TLS = TestTls.OTHER_HOST.serverContext();

    @Test
    void nothingListeningIsRefused() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        ProbeResult result = probe(Protocol.IMAP, ConnectionSecurity.SSL_TLS, port, password(), null);

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.REFUSED);
        assertThat(step(result, ProbeStep.DNS).status()).isEqualTo(StepStatus.OK);
        assertThat(step(result, ProbeStep.TCP).status()).isEqualTo(StepStatus.FAILED);
        assertThat(step(result, ProbeStep.TLS).status()).isEqualTo(StepStatus.SKIPPED);
    }

    @Test
    void unknownHostIsADnsFailure() {
        ProbeResult result = new MailProbe(new ProbeRequest(null, Protocol.IMAP, ConnectionSecurity.SSL_TLS,
                "no-such-host.invalid", 993, "alice", password(), null, 0, Timeouts.ofSeconds(2))).run();

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.DNS);
        assertThat(step(result, ProbeStep.DNS).status()).isEqualTo(StepStatus.FAILED);
    }

    @Test
    void aServerThatNeverGreetsTimesOutWithinTheReadTimeout() throws IOException {
        for (Protocol protocol : Protocol.values()) {
            try (ScriptedServer silent = ScriptedServer.plain(FakeMailServers.silent())) {
                ProbeResult result = probe(protocol, ConnectionSecurity.NONE, silent.port(), password(), null);

                // POP3 reports this as an authentication failure; the cause chain says timeout
                assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.TIMEOUT);
                assertThat(result.failure().step()).isEqualTo(ProbeStep.GREETING);
                assertThat(result.totalMillis()).isLessThan(10_000); // ended by the 1 s timeout, not Angus' infinite default
            }
        }
    }

    @Test
    void hostNameMismatchIsNamedEvenForAPinnedCertificate() throws IOException {
        try (ScriptedServer other = ScriptedServer.implicitTls(OTHER_HOST_TLS, FakeMailServers.imapWithoutXoauth2())) {
            ProbeResult result = probe(Protocol.IMAP, ConnectionSecurity.SSL_TLS, other.port(), password(),
                    TestTls.OTHER_HOST.sha256());

            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.HOST_NAME_MISMATCH);
            assertThat(result.tls().pinned()).isTrue();
            assertThat(result.tls().hostNameMatches()).isFalse();
            assertThat(result.tls().certificate().subjectAltNames()).containsExactly("mail.example.org");
            assertThat(other.received()).isEmpty();
        }
    }

    @Test
    void imapWithoutXoauth2FailsInsteadOfSendingTheTokenWithLogin() throws IOException {
        try (ScriptedServer imap = ScriptedServer.plain(FakeMailServers.imapWithoutXoauth2())) {
            ProbeResult result = probe(Protocol.IMAP, ConnectionSecurity.NONE, imap.port(), token(), null);

            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.MECHANISM_NOT_OFFERED);
            assertThat(result.failure().step()).isEqualTo(ProbeStep.AUTHENTICATION);
            assertThat(step(result, ProbeStep.GREETING).status()).isEqualTo(StepStatus.OK);
            assertThat(imap.received()).noneMatch(line -> line.contains("LOGIN") || line.contains("AUTHENTICATE"));
            assertThat(String.join("\n", imap.received())).doesNotContain(TOKEN);
        }
    }

    @Test
    void smtpWithoutXoauth2FailsAsMechanismNotOffered() throws IOException {
        try (ScriptedServer smtp = ScriptedServer.plain(FakeMailServers.smtp(null, "PLAIN LOGIN", 0, "235 2.7.0 OK"))) {
            ProbeResult result = probe(Protocol.SMTP, ConnectionSecurity.NONE, smtp.port(), token(), null);

            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.MECHANISM_NOT_OFFERED);
            assertThat(smtp.received()).noneMatch(line -> line.startsWith("AUTH"));
        }
    }

    @Test
    void smtpWithoutAuthFailsAlthoughAngusConnects() throws IOException {
        try (ScriptedServer smtp = ScriptedServer.plain(FakeMailServers.smtp(null, null, 0, "235 2.7.0 OK"))) {
            ProbeResult result = probe(Protocol.SMTP, ConnectionSecurity.NONE, smtp.port(), password(), null);

            assertThat(result.succeeded()).isFalse();
            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.MECHANISM_NOT_OFFERED);
            assertThat(result.failure().step()).isEqualTo(ProbeStep.AUTHENTICATION);
        }
    }

    @Test
    void startTlsUpgradesVerifiesAndLogsIn() throws IOException {
        try (ScriptedServer smtp = ScriptedServer.plain(
                FakeMailServers.smtp(LOCALHOST_TLS, "PLAIN LOGIN", 35_882_577, "235 2.7.0 Authentication successful"))) {
            ProbeResult result = probe(Protocol.SMTP, ConnectionSecurity.STARTTLS, smtp.port(), password(),
                    TestTls.LOCALHOST.sha256());

            assertThat(result.succeeded()).as(result.toPlainText()).isTrue();
            assertThat(result.steps()).extracting(StepResult::step).startsWith(ProbeStep.DNS, ProbeStep.TCP,
                    ProbeStep.GREETING, ProbeStep.TLS, ProbeStep.AUTHENTICATION);
            assertThat(result.tls().hostNameMatches()).isTrue();
            assertThat(result.capabilities().authMechanisms()).containsExactly("PLAIN", "LOGIN");
            assertThat(result.capabilities().sizeLimitBytes()).isEqualTo(35_882_577);
            assertThat(smtp.received()).contains("STARTTLS");
            assertNoSecretIn(result, PASSWORD);
        }
    }

    @Test
    void startTlsNotOfferedNeverSendsTheLogin() throws IOException {
        try (ScriptedServer smtp = ScriptedServer.plain(FakeMailServers.smtp(null, "PLAIN LOGIN", 0, "235 2.7.0 OK"))) {
            ProbeResult result = probe(Protocol.SMTP, ConnectionSecurity.STARTTLS, smtp.port(), password(), null);

            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.STARTTLS_NOT_OFFERED);
            assertThat(result.failure().step()).isEqualTo(ProbeStep.TLS);
            assertThat(smtp.received()).noneMatch(line -> line.startsWith("AUTH"));
        }
    }

    @Test
    void exchangeOnlineSmtpAuthDisabledNamesTheCommandThatFixesIt() throws IOException {
        String reply = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.";
        try (ScriptedServer smtp = ScriptedServer.plain(FakeMailServers.smtp(null, "LOGIN XOAUTH2", 0, reply))) {
            ProbeResult result = probe(Protocol.SMTP, ConnectionSecurity.NONE, smtp.port(), password(), null);

            assertThat(result.failure().kind()).isEqualTo(FailureKind.AUTHENTICATION_FAILED);
            assertThat(result.failure().reason()).contains("5.7.139");
            assertThat(result.failure().action())
                    .contains("Set-CASMailbox support@contoso.com -SmtpClientAuthenticationDisabled $false");
            assertNoSecretIn(result, PASSWORD);
        }
    }

    @Test
    void sizeLimitBelowTheMaxSizeWarns() throws IOException {
        try (ScriptedServer smtp = ScriptedServer.plain(FakeMailServers.smtp(null, "PLAIN", 1_048_576, "235 2.7.0 OK"))) {
            ProbeRequest request = request(Protocol.SMTP, ConnectionSecurity.NONE, smtp.port(), password(), null)
                    .withMaxSizeMb(10);
            ProbeResult result = new MailProbe(request).run();

            assertThat(result.succeeded()).as(result.toPlainText()).isTrue();
            assertThat(result.overall()).isEqualTo(StepStatus.WARNING);
            assertThat(step(result, ProbeStep.SIZE).status()).isEqualTo(StepStatus.WARNING);
            assertThat(step(result, ProbeStep.SIZE).detail()).contains("1.0 MB", "10 MB");
        }
    }

    @Test
    void cancelEndsAWaitingTestAtOnce() throws Exception {
        try (ScriptedServer silent = ScriptedServer.plain(FakeMailServers.silent())) {
            MailProbe probe = new MailProbe(request(Protocol.IMAP, ConnectionSecurity.NONE, silent.port(), password(), null)
                    .withTimeouts(Timeouts.ofSeconds(30)));
            CompletableFuture<ProbeResult> running = CompletableFuture.supplyAsync(probe::run);
            Thread.sleep(300);
            probe.cancel();

            ProbeResult result = running.get(5, TimeUnit.SECONDS); // far below the 30 s read timeout
            assertThat(result.failure().kind()).isEqualTo(FailureKind.CANCELLED);
        }
    }

    static ProbeResult probe(Protocol protocol, ConnectionSecurity security, int port, Credentials credentials, String pin) {
        return new MailProbe(request(protocol, security, port, credentials, pin)).run();
    }

    static ProbeRequest request(Protocol protocol, ConnectionSecurity security, int port, Credentials credentials,
                                String pin) {
        String login = "support@contoso.com";
        return new ProbeRequest(null, protocol, security, "localhost", port, login, credentials, pin, 0,
                Timeouts.of(Duration.ofSeconds(1)));
    }

    static Credentials password() {
        return Credentials.password(PASSWORD.toCharArray());
    }

    static Credentials token() {
        return Credentials.oauthToken(TOKEN.toCharArray());
    }
}
