package org.mailroom.ui.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.ui.common.DetectScope;
import org.mailroom.detect.Candidate;
import org.mailroom.detect.DetectionSettings;
import org.mailroom.detect.ProbeStatus;
import org.mailroom.detect.ServerDetector;
import org.mailroom.detect.Source;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.LoopbackDnsServer;

/** The Detect servers window without a toolkit: GreenMail answers for example.test, DNS is on the loopback. */
class DetectServersViewModelTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.ALL));

    @TempDir
    Path dataFolder;

    private final LoopbackDnsServer dns;

    DetectServersViewModelTest() throws IOException {
        dns = new LoopbackDnsServer();
    }

    @AfterEach
    void stop() {
        dns.close();
    }

    @Test
    void candidatesArriveRankedAndOnlyForTheFormsDirection() {
        LoopbackDetection.publishSrv(dns);
        DetectServersViewModel window = window(DetectScope.INBOUND, "agent@example.test", settings());
        List<List<Candidate>> shownWhileArriving = new CopyOnWriteArrayList<>();
        window.candidates().addListener((ListChangeListener<Candidate>) change -> {
            if (Thread.currentThread().getName().startsWith("mailroom-detect")) {
                shownWhileArriving.add(List.copyOf(window.candidates()));
            }
        });

        window.detect();

        assertThat(window.runningProperty().get()).isFalse();
        assertThat(window.candidates()).extracting(Candidate::host, Candidate::port, Candidate::protocol,
                Candidate::security, Candidate::source, Candidate::status).containsExactly(
                        tuple("pop.example.test", 110, Protocol.POP3, ConnectionSecurity.NONE, Source.DNS_SRV,
                                ProbeStatus.CONFIRMED),
                        tuple("imap.example.test", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS, Source.DNS_SRV,
                                ProbeStatus.TLS_FAILED));
        assertThat(shownWhileArriving).as("candidates show as their probes end, ranked each time").isNotEmpty()
                .allSatisfy(list -> assertThat(list).isSortedAccordingTo(Candidate.ranking()));
        assertThat(window.statusProperty().get()).startsWith("2 servers found in ");
        assertThat(window.chosen()).as("the confirmed best is preselected").map(Candidate::host)
                .contains("pop.example.test");
        assertThat(window.canUseProperty().get()).isTrue();
        assertThat(window.selectedDetailProperty().get()).contains("DNS SRV record", "_pop3._tcp.example.test");
    }

    @Test
    void theManagerSeesReadingServersThenSendingServers() {
        LoopbackDetection.publishSrv(dns);
        DetectServersViewModel window = window(DetectScope.ALL, "agent@example.test", settings());

        window.detect();

        assertThat(window.candidates()).extracting(Candidate::host)
                .containsExactly("pop.example.test", "imap.example.test", "smtp.example.test");
    }

    @Test
    void anUnconfirmedCandidateIsNotPreselectedAndSaysSo() {
        DetectServersViewModel window = window(DetectScope.OUTBOUND, "someone@contoso.onmicrosoft.com", settings());

        window.detect();

        assertThat(window.candidates()).extracting(Candidate::host, Candidate::port, Candidate::source, Candidate::status)
                .containsExactly(tuple("smtp.office365.com", 587, Source.PRESET, ProbeStatus.UNREACHABLE));
        assertThat(window.chosen()).isEmpty();
        window.selectedProperty().set(window.candidates().get(0));
        assertThat(window.selectedDetailProperty().get()).contains("Exchange Online", "could not confirm");
    }

    @Test
    void anInvalidAddressIsSaidAndNothingRuns() {
        DetectServersViewModel window = window(DetectScope.INBOUND, "orders", settings());
        assertThat(window.canDetectProperty().get()).isTrue();

        window.detect();

        assertThat(window.problemProperty().get())
                .isEqualTo("Email address: type a whole address such as someone@example.com");
        assertThat(window.runningProperty().get()).isFalse();
        assertThat(window.candidates()).isEmpty();
        assertThat(dns.questions()).isEmpty();

        window.addressProperty().set("orders@example.test");
        assertThat(window.problemProperty().get()).isEmpty();
        window.addressProperty().set("  ");
        assertThat(window.canDetectProperty().get()).isFalse();
    }

    @Test
    void cancelStopsAtOnceAndKeepsWhatWasFound() {
        dns.silent();
        DetectionSettings slow = settings().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(20));
        DetectServersViewModel window = window(DetectScope.INBOUND, "agent@example.test", slow);
        CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(window::cancel);
        long started = System.nanoTime();

        window.detect(); // the direct background returns when the detection has ended

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(window.runningProperty().get()).isFalse();
        assertThat(window.notes()).anyMatch(note -> note.contains("cancelled"));
        assertThat(window.statusProperty().get()).startsWith("No server found before detection stopped");
    }

    private DetectServersViewModel window(DetectScope scope, String address, DetectionSettings settings) {
        return new DetectServersViewModel(new ServerDetector(settings), new DirectBackground(), scope, address);
    }

    private DetectionSettings settings() {
        return LoopbackDetection.settings(dataFolder.resolve("ispdb"), dns, GREEN_MAIL);
    }
}
