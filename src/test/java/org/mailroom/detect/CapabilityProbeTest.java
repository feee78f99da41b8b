package org.mailroom.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.domain.ConnectionSecurity.NONE;
import static org.mailroom.domain.ConnectionSecurity.SSL_TLS;
import static org.mailroom.domain.ConnectionSecurity.STARTTLS;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.testing.FakeMailServers;
import org.mailroom.testing.ScriptedServer;
import org.mailroom.testing.TestTls;

/** The probe against real servers on the loopback address: GreenMail, a scripted TLS server, a closed port. */
class CapabilityProbeTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.ALL));

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    @Test
    void plainPortsWithoutStartTlsAreConfirmedAsUnencrypted() {
        for (var server : new Object[][] {
                {Protocol.IMAP, GREEN_MAIL.getImap().getPort()},
                {Protocol.POP3, GREEN_MAIL.getPop3().getPort()},
                {Protocol.SMTP, GREEN_MAIL.getSmtp().getPort()}}) {
            ProbeOutcome outcome = probe(settingsTo((int) server[1]), (Protocol) server[0], STARTTLS);

            assertThat(outcome.status()).as(server[0] + " " + outcome).isEqualTo(ProbeStatus.CONFIRMED);
            assertThat(outcome.security()).as("GreenMail offers no STARTTLS").isEqualTo(NONE);
            assertThat(outcome.detail()).contains("STARTTLS");
        }
        assertThat(open).as("every socket closed and forgotten").isEmpty();
    }

    @Test
    void aCertificateThatDoesNotNameTheHostFailsTls() {
        // GreenMail's own certificate names no host; the probe checks names, so this must fail
        ProbeOutcome outcome = probe(settingsTo(GREEN_MAIL.getImaps().getPort()), Protocol.IMAP, SSL_TLS);

        assertThat(outcome.status()).as(outcome.toString()).isEqualTo(ProbeStatus.TLS_FAILED);
        assertThat(outcome.detail()).contains("certificate");
    }

    @Test
    void implicitTlsWithATrustedCertificateForTheNameIsConfirmed() throws Exception {
        try (ScriptedServer smtp = ScriptedServer.implicitTls(TestTls.EXAMPLE_TEST.serverContext(),
                FakeMailServers.smtp(null, "PLAIN LOGIN", 0, "235 2.7.0 Authentication successful"))) {
            ProbeOutcome outcome = probe(settingsTo(smtp.port()).withTls(TestTls.EXAMPLE_TEST.clientContext().getSocketFactory()),
                    Protocol.SMTP, SSL_TLS);

            assertThat(outcome).isEqualTo(new ProbeOutcome(ProbeStatus.CONFIRMED, SSL_TLS, ""));
            assertThat(smtp.received()).noneMatch(c -> c.toUpperCase().startsWith("AUTH"));
        }
    }

    @Test
    void startTlsIsUpgradedAndItsCertificateChecked() throws Exception {
        try (ScriptedServer smtp = ScriptedServer.plain(FakeMailServers.smtp(TestTls.EXAMPLE_TEST.serverContext(), null, 0,
                "235 2.7.0 Authentication successful"))) {
            DetectionSettings trusting = settingsTo(smtp.port()).withTls(TestTls.EXAMPLE_TEST.clientContext().getSocketFactory());

            ProbeOutcome claimedPlain = probe(trusting, Protocol.SMTP, NONE);
            ProbeOutcome untrusted = probe(settingsTo(smtp.port()), Protocol.SMTP, STARTTLS);

            assertThat(claimedPlain.status()).isEqualTo(ProbeStatus.CONFIRMED);
            assertThat(claimedPlain.security()).as("a file said plain, the server offers STARTTLS").isEqualTo(STARTTLS);
            assertThat(untrusted.status()).as("the JVM's trust store does not know the test certificate")
                    .isEqualTo(ProbeStatus.TLS_FAILED);
            assertThat(smtp.received()).contains("STARTTLS").noneMatch(c -> c.toUpperCase().startsWith("AUTH"));
        }
    }

    @Test
    void aClosedPortAndAnUnknownHostAreUnreachable() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        DetectionSettings unknown = settingsTo(closed).withProbeTarget((host, port) -> {
            throw new UnknownHostException(host);
        });

        ProbeOutcome refused = probe(settingsTo(closed), Protocol.IMAP, SSL_TLS);
        assertThat(refused.status()).isEqualTo(ProbeStatus.UNREACHABLE);
        // the socket's "Connection refused" is said in the admin's words
        assertThat(refused.detail()).contains("nothing accepts connections on that port").doesNotContain("Connection refused");
        assertThat(probe(unknown, Protocol.IMAP, SSL_TLS).detail()).contains("imap.example.test");
    }

    @Test
    void aServerOfAnotherProtocolIsNotAMailServerOfThisOne() {
        // POP3's "+OK" greeting is not what an IMAP client waits for
        ProbeOutcome outcome = probe(settingsTo(GREEN_MAIL.getPop3().getPort()), Protocol.IMAP, STARTTLS);

        assertThat(outcome.status()).isEqualTo(ProbeStatus.NOT_A_MAIL_SERVER);
        assertThat(outcome.detail()).contains("+OK");
    }

    private ProbeOutcome probe(DetectionSettings settings, Protocol protocol, ConnectionSecurity security) {
        String host = protocol == Protocol.SMTP ? "smtp.example.test" : "imap.example.test";
        Candidate candidate = Candidate.proposed(host, protocol.defaultPort(security), protocol, security,
                Source.GUESS, "test");
        return new CapabilityProbe(settings).probe(candidate, open);
    }

    /** Every host and port goes to the given local port. */
    private static DetectionSettings settingsTo(int localPort) {
        return DetectionSettings.defaults(null)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withProbeTarget((host, port) -> new InetSocketAddress(InetAddress.getLoopbackAddress(), localPort));
    }
}
