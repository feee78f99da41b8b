package org.mailroom.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.mail.Credentials;
import org.mailroom.mail.MailProbe;
import org.mailroom.mail.ProbeBatch;
import org.mailroom.mail.ProbeRequest;
import org.mailroom.mail.ProbeResult;
import org.mailroom.mail.Timeouts;
import org.mailroom.testing.TestTls;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Test all over 25 mailboxes on GreenMail (IMAP, POP3 and SMTP, with and without TLS), at the batch's limit per server,
 * against one connection test on its own (parallelism plays no part there): the target for Test all's wall time
 * is at most 1.5 times that of one test.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProbeBatchBenchmark {

    /** GreenMail on every protocol and port, and a user with a password. */
    @State(Scope.Benchmark)
    public static class Servers {

        GreenMail greenMail;
        List<ProbeRequest> requests;

        @Setup
        public void setUp() {
            // GreenMail's own certificate names no host; the tests' one names localhost, and is pinned below
            System.setProperty("greenmail.tls.keystore.file", TestTls.LOCALHOST.keystore().toString());
            System.setProperty("greenmail.tls.keystore.password", TestTls.PASSWORD);
            greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.ALL));
            greenMail.start();
            greenMail.setUser("bench@localhost", "bench", "bench-password");
            requests = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                requests.add(request(i));
            }
        }

        @TearDown
        public void tearDown() {
            greenMail.stop();
        }

        private ProbeRequest request(int i) {
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

    /** How many tests run at once against one server (the six GreenMail ports are six servers); the app runs 8. */
    @State(Scope.Benchmark)
    public static class Batch {

        @Param({"4", "8", "25"})
        int parallelism;
    }

    @Benchmark
    public List<ProbeResult> testAll(Servers servers, Batch batch) throws Exception {
        List<ProbeResult> results = new ProbeBatch(batch.parallelism).start(servers.requests, (result, done, total) -> { })
                .get(60, TimeUnit.SECONDS);
        if (!results.stream().allMatch(ProbeResult::succeeded)) {
            throw new IllegalStateException("a connection test failed: " + results);
        }
        return results;
    }

    /** One connection test on its own: the six kinds of the batch one after the other, per test. */
    @Benchmark
    @OperationsPerInvocation(6)
    public int single(Servers servers) {
        int succeeded = 0;
        for (ProbeRequest request : servers.requests.subList(0, 6)) {
            succeeded += new MailProbe(request).run().succeeded() ? 1 : 0;
        }
        if (succeeded != 6) {
            throw new IllegalStateException("a connection test failed");
        }
        return succeeded;
    }
}
