package org.mailroom.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.mail.ProbeExceptions.CertificateDatesException;
import org.mailroom.testing.FakeMailServers;
import org.mailroom.testing.ScriptedServer;
import org.mailroom.testing.TestTls;

/** Test all's shared TLS: a server's second test resumes the first one's session, and is still judged by its own trust. */
class TlsSessionsTest {

    private static final String PIN = TestTls.LOCALHOST.sha256();

    @Test
    void theSecondConnectionOfARunResumesInsteadOfAFullHandshake() throws Exception {
        try (ScriptedServer server = greeter()) {
            TlsSessions run = TlsSessions.perRun();
            Counting first = new Counting();
            Counting second = new Counting();

            connect(run, PIN, first, server.port());
            connect(run, PIN, second, server.port());

            assertThat(first.judged).hasValue(1);
            assertThat(second.judged).as("resumed: the server sent no certificate").hasValue(0);
        }
    }

    @Test
    void aTestOnItsOwnAndATestThatTrustsOtherwiseMakeFullHandshakes() throws Exception {
        try (ScriptedServer server = greeter()) {
            Counting alone = new Counting();
            Counting again = new Counting();
            connect(TlsSessions.unshared(), PIN, alone, server.port());
            connect(TlsSessions.unshared(), PIN, again, server.port());
            TlsSessions run = TlsSessions.perRun();
            Counting pinned = new Counting();
            Counting unpinned = new Counting();
            connect(run, PIN, pinned, server.port());
            connect(run, null, unpinned, server.port());

            assertThat(alone.judged).hasValue(1);
            assertThat(again.judged).hasValue(1);
            assertThat(unpinned.judged).as("another trust decision never rides on a session it did not judge").hasValue(1);
        }
    }

    @Test
    void aResumedSessionsCertificateIsJudgedAgainByTheTestsOwnTrust() throws Exception {
        try (ScriptedServer server = greeter()) {
            TlsSessions run = TlsSessions.perRun();
            TlsObservation firstSeen = new TlsObservation();
            PinningTrustManager first = new PinningTrustManager(PinningTrustManager.systemDefault(), PIN, firstSeen, Clock.systemUTC());
            first.established(connect(run, PIN, first, server.port()));
            TlsObservation seen = new TlsObservation();
            PinningTrustManager current = new PinningTrustManager(PinningTrustManager.systemDefault(), PIN, seen, Clock.systemUTC());
            current.established(connect(run, PIN, current, server.port()));
            PinningTrustManager later = new PinningTrustManager(PinningTrustManager.systemDefault(), PIN, new TlsObservation(),
                    Clock.fixed(Instant.parse("2200-01-01T00:00:00Z"), ZoneOffset.UTC));
            SSLSession resumed = connect(run, PIN, later, server.port());

            assertThat(seen.snapshot().certificate().sha256()).isEqualTo(PIN);
            assertThat(seen.snapshot().pinned()).isTrue();
            assertThat(seen.snapshot().hostNameMatches()).isTrue();
            assertThatThrownBy(() -> later.established(resumed)).isInstanceOf(CertificateDatesException.class);
        }
    }

    @Test
    void aResumedMailTestReportsTheCertificateLikeAFullOne() throws Exception {
        try (ScriptedServer smtp = ScriptedServer.implicitTls(TestTls.LOCALHOST.serverContext(),
                FakeMailServers.smtp(null, "PLAIN", 0, "235 2.7.0 OK"))) {
            TlsSessions run = TlsSessions.perRun();
            ProbeRequest request = ScriptedProbeTest.request(Protocol.SMTP, ConnectionSecurity.SSL_TLS, smtp.port(),
                    ScriptedProbeTest.password(), PIN).withTimeouts(Timeouts.ofSeconds(10));

            ProbeResult full = new MailProbe(request, Clock.systemUTC(), run).run();
            ProbeResult resumed = new MailProbe(request, Clock.systemUTC(), run).run();

            assertThat(full.succeeded()).as(full.toPlainText()).isTrue();
            assertThat(resumed.succeeded()).as(resumed.toPlainText()).isTrue();
            assertThat(resumed.tls()).isEqualTo(full.tls());
        }
    }

    @Test
    void aRefusedHandshakeLeavesNothingToResume() throws Exception {
        try (ScriptedServer server = greeter()) {
            TlsSessions run = TlsSessions.perRun();
            Counting refusing = new Counting() {
                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
                    judged.incrementAndGet();
                    throw new CertificateException("not this one");
                }
            };
            Counting next = new Counting();

            assertThatThrownBy(() -> connect(run, PIN, refusing, server.port())).isInstanceOf(SSLHandshakeException.class);
            connect(run, PIN, next, server.port());

            assertThat(refusing.judged).hasValue(1);
            assertThat(next.judged).hasValue(1);
        }
    }

    private static ScriptedServer greeter() throws IOException {
        return ScriptedServer.implicitTls(TestTls.LOCALHOST.serverContext(), talk -> {
            talk.send("* OK ready");
            while (talk.read() != null) {
                // until the client hangs up
            }
        });
    }

    /** Connects, reads the greeting (which brings the session ticket along) and hangs up; the session it had. */
    private static SSLSession connect(TlsSessions run, String pin, X509ExtendedTrustManager trust, int port) throws IOException {
        Socket plain = new Socket(InetAddress.getLoopbackAddress(), port);
        try (SSLSocket socket = (SSLSocket) run.context(pin, trust).getSocketFactory().createSocket(plain, "localhost", port, true)) {
            var parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("LDAPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(greeting).isEqualTo("* OK ready");
            return socket.getSession();
        }
    }

    /** Trusts the tests' certificate and counts the handshakes that brought one. */
    private static class Counting extends X509ExtendedTrustManager {
        final AtomicInteger judged = new AtomicInteger();

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            judge(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            judge(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            judge(chain);
        }

        private void judge(X509Certificate[] chain) throws CertificateException {
            judged.incrementAndGet();
            if (!Fingerprints.sha256(chain[0]).equals(PIN)) {
                throw new CertificateException("not the tests' certificate");
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
