package org.mailroom.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.mail.ScriptedProbeTest.password;
import static org.mailroom.mail.ScriptedProbeTest.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.testing.FakeMailServers;
import org.mailroom.testing.ScriptedServer;
import org.mailroom.testing.TestTls;

/** Live faults named for what they are, each with its own action (scripted servers on loopback, 1 s timeouts). */
class LiveFaultsTest {

    @Test
    void anExpiredCertificateIsNamedWithItsDatesAndPinningItIsNoOk() throws IOException {
        try (ScriptedServer expired = ScriptedServer.implicitTls(TestTls.EXPIRED.serverContext(), FakeMailServers.imapWithoutXoauth2())) {
            for (String pin : new String[] {null, TestTls.EXPIRED.sha256()}) {
                ProbeResult result = probe(Protocol.IMAP, ConnectionSecurity.SSL_TLS, expired.port(), password(), pin);

                assertThat(result.succeeded()).isFalse();
                assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.CERTIFICATE_EXPIRED);
                assertThat(result.failure().reason()).contains("expired on 2020-01-31", "valid from 2020-01-01");
                assertThat(result.failure().action()).contains("renew");
                assertThat(result.certificateToTrust()).isEmpty();
            }
            assertThat(expired.received()).isEmpty();
        }
    }

    @Test
    void aCertificateNotYetValidIsNamedAsSuch() throws IOException {
        try (ScriptedServer early = ScriptedServer.implicitTls(TestTls.NOT_YET_VALID.serverContext(), FakeMailServers.imapWithoutXoauth2())) {
            ProbeResult result = probe(Protocol.IMAP, ConnectionSecurity.SSL_TLS, early.port(), password(), TestTls.NOT_YET_VALID.sha256());

            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.CERTIFICATE_NOT_YET_VALID);
            assertThat(result.failure().reason()).contains("valid only from 2100-01-01");
        }
    }

    @Test
    void aPinThatDoesNotMatchShowsTheGivenPinAndTheCertificatesOwn() throws IOException {
        try (ScriptedServer server = ScriptedServer.implicitTls(TestTls.LOCALHOST.serverContext(), FakeMailServers.imapWithoutXoauth2())) {
            ProbeResult result = probe(Protocol.IMAP, ConnectionSecurity.SSL_TLS, server.port(), password(), TestTls.OTHER_HOST.sha256());

            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.PIN_MISMATCH);
            assertThat(result.failure().reason()).contains(TestTls.OTHER_HOST.sha256(), TestTls.LOCALHOST.sha256());
            assertThat(result.certificateToTrust()).contains(TestTls.LOCALHOST.sha256());
        }
    }

    @Test
    void aTricklingGreetingIsStoppedAtTheStepDeadline() throws Exception {
        // one byte every 200 ms: each read returns within the 1 s read timeout, so only a deadline ends it (1 s: 6 s a step)
        try (RawServer trickle = new RawServer((in, out) -> {
            for (byte b : ("* OK a very slow greeting that never ends" + ".".repeat(80)).getBytes(StandardCharsets.US_ASCII)) {
                out.write(b);
                out.flush();
                Thread.sleep(200);
            }
        })) {
            ProbeResult result = probe(Protocol.IMAP, ConnectionSecurity.NONE, trickle.port(), password(), null);

            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.TIMEOUT);
            assertThat(result.failure().reason()).contains("a step took longer than its deadline of 6 s");
            assertThat(result.failure().action()).contains("too slowly").doesNotContain("firewall does not drop");
            assertThat(result.totalMillis()).isLessThan(10_000); // the 25 s the trickle would take, bounded by the 6 s step
        }
    }

    @Test
    void aStallInsideTlsIsStoppedAtTheStepDeadline() throws Exception {
        try (RawServer stall = new RawServer((in, out) -> in.read(new byte[64]))) { // reads the ClientHello, answers nothing
            ProbeResult result = probe(Protocol.IMAP, ConnectionSecurity.SSL_TLS, stall.port(), password(), null);

            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.TIMEOUT);
            assertThat(result.failure().step()).isEqualTo(ProbeStep.TLS);
            assertThat(result.totalMillis()).isLessThan(6_000); // the 1 s read timeout, at most the 6 s step deadline
        }
    }

    @Test
    void theWholeTestHasADeadlineToo() throws Exception {
        Timeline timeline = new Timeline();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Deadlines deadlines = new Deadlines(timeline, java.time.Duration.ofSeconds(60), java.time.Duration.ofMillis(100), stopped::countDown)) {
            assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(deadlines.hit()).isEqualTo("the whole test took longer than its deadline of 0 s; it was stopped");
        }
    }

    @Test
    void aServerThatSitsOnTheLoginIsThrottlingNotAFirewall() throws IOException {
        try (ScriptedServer slowLogin = ScriptedServer.plain(talk -> {
            talk.send("* OK ready");
            for (String line = talk.read(); line != null; line = talk.read()) {
                String[] words = line.split(" ");
                if (words.length > 1 && words[1].equalsIgnoreCase("CAPABILITY")) {
                    talk.send("* CAPABILITY IMAP4rev1 AUTH=PLAIN", words[0] + " OK done");
                } // the login gets no answer
            }
        })) {
            ProbeResult result = probe(Protocol.IMAP, ConnectionSecurity.NONE, slowLogin.port(), password(), null);

            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.LOGIN_DELAYED);
            assertThat(result.failure().action()).contains("throttling").doesNotContain("firewall does not drop");
        }
    }

    @Test
    void loginDisabledAndPlaintextRefusalsAskForEncryption() throws IOException {
        try (ScriptedServer imap = ScriptedServer.plain(talk -> {
            talk.send("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready");
            for (String line = talk.read(); line != null; line = talk.read()) {
                String tag = line.split(" ")[0];
                talk.send(line.toUpperCase(Locale.ROOT).contains("CAPABILITY")
                        ? "* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\n" + tag + " OK done" : tag + " BAD no");
            }
        }); ScriptedServer pop = ScriptedServer.plain(talk -> {
            talk.send("+OK Dovecot ready.");
            for (String line = talk.read(); line != null; line = talk.read()) {
                talk.send(line.toUpperCase(Locale.ROOT).startsWith("USER") || line.toUpperCase(Locale.ROOT).startsWith("AUTH")
                        ? "-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections." : "-ERR unknown");
            }
        })) {
            ProbeResult imapResult = probe(Protocol.IMAP, ConnectionSecurity.NONE, imap.port(), password(), null);
            ProbeResult popResult = probe(Protocol.POP3, ConnectionSecurity.NONE, pop.port(), password(), null);

            assertThat(imapResult.failure().kind()).as(imapResult.toPlainText()).isEqualTo(FailureKind.PLAINTEXT_REFUSED);
            assertThat(imapResult.failure().reason()).contains("LOGINDISABLED").doesNotContain("****");
            assertThat(popResult.failure().kind()).as(popResult.toPlainText()).isEqualTo(FailureKind.PLAINTEXT_REFUSED);
            assertThat(popResult.failure().action()).contains("Choose STARTTLS");
        }
    }

    @Test
    void anotherProtocolOnThePortIsNamed() throws IOException {
        try (ScriptedServer pop = ScriptedServer.plain(talk -> {
            talk.send("+OK Dovecot ready.");
            while (talk.read() != null) {
                talk.send("-ERR Unknown command.");
            }
        }); ScriptedServer ssh = ScriptedServer.plain(talk -> {
            talk.send("SSH-2.0-OpenSSH_9.6");
            talk.read();
        })) {
            ProbeResult imapOnPop = probe(Protocol.IMAP, ConnectionSecurity.NONE, pop.port(), password(), null);
            ProbeResult smtpOnSsh = probe(Protocol.SMTP, ConnectionSecurity.NONE, ssh.port(), password(), null);

            assertThat(imapOnPop.failure().kind()).as(imapOnPop.toPlainText()).isEqualTo(FailureKind.OTHER_PROTOCOL);
            assertThat(imapOnPop.failure().action()).startsWith("A POP3 server answers on this port, not IMAP. Use the port of IMAP (usually 993");
            assertThat(smtpOnSsh.failure().kind()).as(smtpOnSsh.toPlainText()).isEqualTo(FailureKind.OTHER_PROTOCOL);
            assertThat(smtpOnSsh.failure().reason()).contains("SSH-2.0-OpenSSH_9.6");
        }
    }

    @Test
    void aGreetingThatRefusesTheClientIsNamedWithTheServersWords() throws IOException {
        try (ScriptedServer smtp = ScriptedServer.plain(talk -> talk.send("554 5.7.1 Service unavailable; client host blocked"));
             ScriptedServer imap = ScriptedServer.plain(talk -> talk.send("* BYE Too many connections from your IP"))) {
            ProbeResult smtpResult = probe(Protocol.SMTP, ConnectionSecurity.NONE, smtp.port(), password(), null);
            ProbeResult imapResult = probe(Protocol.IMAP, ConnectionSecurity.NONE, imap.port(), password(), null);

            assertThat(smtpResult.failure().kind()).as(smtpResult.toPlainText()).isEqualTo(FailureKind.TURNED_AWAY);
            assertThat(smtpResult.failure().reason()).contains("554 5.7.1 Service unavailable; client host blocked");
            assertThat(imapResult.failure().kind()).as(imapResult.toPlainText()).isEqualTo(FailureKind.TURNED_AWAY);
            assertThat(imapResult.failure().reason()).contains("Too many connections");
        }
    }

    @Test
    void aProtocolVersionAlertMeansTheServerOnlySpeaksOldTls() throws Exception {
        // what a TLS 1.0-only server answers a TLS 1.2/1.3 ClientHello: a fatal protocol_version alert (70)
        try (RawServer old = new RawServer((in, out) -> {
            in.read(new byte[4096]);
            out.write(new byte[] {0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x46});
            out.flush();
        })) {
            ProbeResult result = probe(Protocol.IMAP, ConnectionSecurity.SSL_TLS, old.port(), password(), null);

            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.OLD_TLS);
            assertThat(result.failure().action()).contains("TLS 1.2").doesNotContain("another port");
        }
    }

    /** A socket's own words never reach the admin: a silent server and one that hangs up are named in the admin's words. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Protocol.class)
    void aSilentServerIsNamedInTheAdminsWordsNotReadTimedOut(Protocol protocol) throws Exception {
        try (RawServer silent = new RawServer((in, out) -> in.read(new byte[64]))) {
            ProbeResult result = probe(protocol, ConnectionSecurity.NONE, silent.port(), password(), null);

            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.TIMEOUT);
            assertThat(result.failure().reason()).as(result.toPlainText())
                    .isEqualTo("the server was connected but sent nothing more in the time allowed");
            String shown = result.toPlainText().split("Transcript")[0]; // the transcript is the protocol's own record
            assertThat(shown).doesNotContain("Read timed out", "Exception");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Protocol.class)
    void aServerThatHangsUpIsNamedInTheAdminsWords(Protocol protocol) throws Exception {
        try (RawServer hangUp = new RawServer.HangingUp()) {
            ProbeResult result = probe(protocol, ConnectionSecurity.NONE, hangUp.port(), password(), null);

            assertThat(result.succeeded()).isFalse();
            assertThat(result.failure().reason()).as(result.toPlainText())
                    .isIn("the connection was broken off, by the server or by something between (a firewall, a proxy)",
                            "the connection closed before the answer was complete");
            assertThat(result.failure().kind()).isEqualTo(FailureKind.NETWORK); // POP3 calls it a failed login: it is not
            assertThat(result.toPlainText().split("Transcript")[0]).doesNotContain("Connection reset", "EOF", "Exception");
        }
    }

    /** A loopback server talking raw bytes, for what a line-based script cannot do (trickling, TLS records). */
    private static class RawServer implements AutoCloseable {

        interface Talk {
            void run(InputStream in, OutputStream out) throws Exception;
        }

        /** Accepts and at once resets the connection (SO_LINGER 0): the client reads "Connection reset". */
        static final class HangingUp extends RawServer {
            HangingUp() throws IOException {
                super(null);
            }
        }

        private final ServerSocket listener;

        RawServer(Talk talk) throws IOException {
            listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            Thread thread = new Thread(() -> {
                try (Socket socket = listener.accept()) {
                    if (talk == null) {
                        socket.setSoLinger(true, 0);
                        return;
                    }
                    talk.run(socket.getInputStream(), socket.getOutputStream());
                    while (socket.getInputStream().read() >= 0) {
                        // keep the connection open, saying nothing, until the client hangs up
                    }
                } catch (Exception ignored) {
                    // the client hung up: what the test wanted
                }
            }, "raw-server");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            listener.close();
        }
    }
}
