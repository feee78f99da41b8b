package org.mailroom.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
