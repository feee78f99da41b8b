package org.mailroom.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.testing.TestTls;

/**
 * Not part of the build (the name does not end in Test): "Test all" over 25 mailboxes on local servers,
 * printing the wall time against the slowest single test. Run with
 * {@code ./mvnw test -Dtest=ProbeBatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ProbeBatchBenchmark {

    static {
        System.setProperty("greenmail.tls.keystore.file", TestTls.LOCALHOST.keystore().toString());
        System.setProperty("greenmail.tls.keystore.password", TestTls.PASSWORD);
    }

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.ALL))
            .withPerMethodLifecycle(false);

    @Test
    void testAllOf25Mailboxes() throws Exception {
        greenMail.setUser("bench@localhost", "bench", "bench-password");
        List<ProbeRequest> requests = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            requests.add(request(i));
        }
        runAll(requests, 4); // warm-up: class loading and the first TLS handshakes
        for (int parallelism : new int[] {4, 8, 25}) {
            long start = System.nanoTime();
            List<ProbeResult> results = runAll(requests, parallelism);
            long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long slowest = results.stream().mapToLong(ProbeResult::totalMillis).max().orElse(0);
            long sum = results.stream().mapToLong(ProbeResult::totalMillis).sum();
            assertThat(results).allMatch(ProbeResult::succeeded);
            System.out.printf("parallelism %2d: wall %4d ms, slowest single %4d ms, ratio %.2f, sum of singles %5d ms%n",
                    parallelism, wall, slowest, wall / (double) Math.max(1, slowest), sum);
        }
    }

    private static List<ProbeResult> runAll(List<ProbeRequest> requests, int parallelism) throws Exception {
        return new ProbeBatch(parallelism).start(requests, (result, done, total) -> { }).get(60, TimeUnit.SECONDS);
    }

    private static ProbeRequest request(int i) {
        Protocol protocol = Protocol.values()[i % 3];
        boolean tls = i % 2 == 0;
        int port = switch (protocol) {
            case IMAP -> tls ? greenMail.getImaps().getPort() : greenMail.getImap().getPort();
            case POP3 -> tls ? greenMail.getPop3s().getPort() : greenMail.getPop3().getPort();
            case SMTP -> tls ? greenMail.getSmtps().getPort() : greenMail.getSmtp().getPort();
        };
        return new ProbeRequest("mailbox-" + i, protocol, tls ? ConnectionSecurity.SSL_TLS : ConnectionSecurity.NONE,
                "localhost", port, "bench", Credentials.password("bench-password".toCharArray()),
                TestTls.LOCALHOST.sha256(), 0, Timeouts.of(Duration.ofSeconds(5)));
    }
}
