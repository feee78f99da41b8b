package org.mailroom.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailroom.testing.LoopbackDnsServer;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.SRVRecord;

/** SRV and MX lookups against a DNS server on the loopback address: answers, NXDOMAIN, silence. */
class DnsLookupsTest {

    private final LoopbackDnsServer dns;

    DnsLookupsTest() throws Exception {
        dns = new LoopbackDnsServer();
    }

    @AfterEach
    void stop() {
        dns.close();
    }

    private DnsLookups lookups(Duration timeout) {
        return new DnsLookups(DetectionSettings.defaults(null).withDnsServer(dns.address())
                .withTimeouts(timeout, Duration.ofSeconds(1), Duration.ofSeconds(5)));
    }

    @Test
    void srvTargetsComeBestFirstWithoutTheNotAvailableDot() throws Exception {
        dns.srv("_imaps._tcp.example.test", 20, 0, 993, "backup.example.test")
                .srv("_imaps._tcp.example.test", 10, 5, 993, "imap.example.test")
                .srv("_imaps._tcp.example.test", 10, 50, 9993, "heavy.example.test")
                .srv("_submission._tcp.example.test", 0, 0, 0, ".");

        List<SRVRecord> imaps = lookups(Duration.ofSeconds(2)).srv(SrvService.IMAPS, "example.test").get(5, TimeUnit.SECONDS);
        List<SRVRecord> submission = lookups(Duration.ofSeconds(2)).srv(SrvService.SUBMISSION, "example.test")
                .get(5, TimeUnit.SECONDS);

        assertThat(imaps).extracting(r -> r.getTarget().toString(true))
                .containsExactly("heavy.example.test", "imap.example.test", "backup.example.test");
        assertThat(submission).as("a target of \".\" says the service is not offered (RFC 2782)").isEmpty();
    }

    @Test
    void mxRecordsComeByPreferenceAndAMissingRecordIsEmpty() throws Exception {
        dns.mx("contoso.test", 20, "backup.mx.test").mx("contoso.test", 0, "contoso-test.mail.protection.outlook.com");

        List<MXRecord> mx = lookups(Duration.ofSeconds(2)).mx("contoso.test").get(5, TimeUnit.SECONDS);
        List<MXRecord> none = lookups(Duration.ofSeconds(2)).mx("nomx.test").get(5, TimeUnit.SECONDS);

        assertThat(mx).extracting(r -> r.getTarget().toString(true))
                .containsExactly("contoso-test.mail.protection.outlook.com", "backup.mx.test");
        assertThat(none).isEmpty();
    }

    @Test
    void nxdomainOnTheMxQuerySaysTheDomainDoesNotExist() {
        dns.noSuchDomain("gone.test");

        assertThatThrownBy(() -> lookups(Duration.ofSeconds(2)).mx("gone.test").get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(DnsLookups.NoSuchDomain.class);
    }

    @Test
    void aSilentServerFailsTheQueryAfterTheTimeout() {
        dns.silent();
        long started = System.nanoTime();

        assertThatThrownBy(() -> lookups(Duration.ofMillis(400)).mx("example.test").get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TimeoutException.class);

        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(millis).as("the configured 400 ms timeout, plus a margin").isBetween(300L, 2000L);
        assertThat(dns.questions()).isNotEmpty();
    }
}
