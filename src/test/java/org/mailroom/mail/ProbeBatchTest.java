package org.mailroom.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.testing.FakeMailServers;
import org.mailroom.testing.ScriptedServer;

class ProbeBatchTest {

    @Test
    void runsAllWithBoundedConcurrencyAndReportsProgress() throws Exception {
        try (ScriptedServer smtp = ScriptedServer.plain(FakeMailServers.smtp(null, "PLAIN", 0, "235 2.7.0 OK"))) {
            List<ProbeRequest> requests = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                requests.add(ScriptedProbeTest.request(Protocol.SMTP, ConnectionSecurity.NONE, smtp.port(),
                        ScriptedProbeTest.password(), null).withName("mailbox-" + i));
            }
            List<Integer> progress = Collections.synchronizedList(new ArrayList<>());

            List<ProbeResult> results = new ProbeBatch(4)
                    .start(requests, (result, done, total) -> progress.add(done))
                    .get(30, TimeUnit.SECONDS);

            assertThat(results).extracting(ProbeResult::name).containsExactly(
                    requests.stream().map(ProbeRequest::name).toArray(String[]::new));
            assertThat(results).allMatch(ProbeResult::succeeded);
            assertThat(progress).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }
    }

    @Test
    void boundsTheTestsAtOnceOfEachServerWhileServersRunSideBySide() throws Exception {
        AtomicInteger allAtOnce = new AtomicInteger();
        AtomicInteger mostOfAll = new AtomicInteger();
        Counted first = new Counted(allAtOnce, mostOfAll);
        Counted second = new Counted(allAtOnce, mostOfAll);
        try (ScriptedServer a = ScriptedServer.plain(first); ScriptedServer b = ScriptedServer.plain(second);
             ServerSocket closed = new ServerSocket(0)) {
            int refusedPort = closed.getLocalPort();
            closed.close();
            List<ProbeRequest> requests = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int port = i == 5 ? refusedPort : i % 2 == 0 ? a.port() : b.port();
                requests.add(ScriptedProbeTest.request(Protocol.SMTP, ConnectionSecurity.NONE, port, ScriptedProbeTest.password(), null)
                        .withName("mailbox-" + i).withTimeouts(Timeouts.ofSeconds(10)));
            }

            List<ProbeResult> results = new ProbeBatch(3).start(requests, (result, done, total) -> { }).get(60, TimeUnit.SECONDS);

            assertThat(first.most).as("one server never sees more than 3 tests at once").hasValueBetween(1, 3);
            assertThat(second.most).hasValueBetween(1, 3);
            assertThat(mostOfAll).as("the other server's tests did not wait").hasValueGreaterThan(3);
            assertThat(results).extracting(ProbeResult::name).containsExactly(
                    requests.stream().map(ProbeRequest::name).toArray(String[]::new));
            assertThat(results.get(5).failure().kind()).as("the refused one is reported as itself").isEqualTo(FailureKind.REFUSED);
            assertThat(results.stream().filter(ProbeResult::succeeded)).hasSize(23);
        }
    }

    /** An SMTP server that counts the conversations under way, its own and all servers' together. */
    private static final class Counted implements ScriptedServer.Script {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        private final AtomicInteger allNow;
        private final AtomicInteger allMost;
        private final ScriptedServer.Script smtp = FakeMailServers.smtp(null, "PLAIN", 0, "235 2.7.0 OK");

        Counted(AtomicInteger allNow, AtomicInteger allMost) {
            this.allNow = allNow;
            this.allMost = allMost;
        }

        @Override
        public void talk(ScriptedServer.Conversation conversation) throws IOException {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            allMost.accumulateAndGet(allNow.incrementAndGet(), Math::max);
            try {
                Thread.sleep(100); // a slow greeting, so that tests overlap
                smtp.talk(conversation);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                now.decrementAndGet(); // the script ends on QUIT, before the client's test does
                allNow.decrementAndGet();
            }
        }
    }

    @Test
    void cancelEndsRunningAndQueuedTests() throws Exception {
        try (ScriptedServer silent = ScriptedServer.plain(FakeMailServers.silent())) {
            List<ProbeRequest> requests = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                requests.add(ScriptedProbeTest.request(Protocol.IMAP, ConnectionSecurity.NONE, silent.port(),
                        ScriptedProbeTest.password(), null).withTimeouts(Timeouts.ofSeconds(30)));
            }
            AtomicInteger finished = new AtomicInteger();
            ProbeBatch batch = new ProbeBatch(2);
            var running = batch.start(requests, (result, done, total) -> finished.set(done));
            Thread.sleep(300);
            batch.cancel();

            List<ProbeResult> results = running.get(5, TimeUnit.SECONDS); // far below 3 rounds of 30 s
            assertThat(results).hasSize(6).allMatch(result -> result.failure().kind() == FailureKind.CANCELLED);
            assertThat(finished.get()).isEqualTo(6);
        }
    }
}
