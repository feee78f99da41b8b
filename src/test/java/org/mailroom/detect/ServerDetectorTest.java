package org.mailroom.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mailroom.domain.ConnectionSecurity.NONE;
import static org.mailroom.domain.ConnectionSecurity.SSL_TLS;
import static org.mailroom.domain.ConnectionSecurity.STARTTLS;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.testing.LoopbackDnsServer;

/** Whole detections: the loopback DNS server answers (or not), GreenMail stands in for every mail host. */
class ServerDetectorTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.ALL));

    private static final Duration MARGIN = Duration.ofMillis(1500);

    private final LoopbackDnsServer dns;
    private final List<Candidate> found = new CopyOnWriteArrayList<>();
    private final Set<String> hostsProbed = ConcurrentHashMap.newKeySet();

    @TempDir
    Path dataFolder;

    ServerDetectorTest() throws IOException {
        dns = new LoopbackDnsServer();
    }

    @AfterEach
    void stop() {
        dns.close();
    }

    @Test
    void srvRecordsAreProbedAndNoHostIsGuessed() {
        dns.srv("_imaps._tcp.example.test", 0, 1, 993, "imap.example.test")
                .srv("_pop3._tcp.example.test", 0, 1, 110, "pop.example.test")
                .srv("_submission._tcp.example.test", 0, 1, 587, "smtp.example.test")
                .srv("_submissions._tcp.example.test", 0, 0, 0, ".");

        DetectionResult result = detect("agent@example.test", settings());

        assertThat(result.complete()).isTrue();
        assertThat(result.inbound()).extracting(Candidate::host, Candidate::port, Candidate::security,
                Candidate::source, Candidate::status).containsExactly(
                        tuple("pop.example.test", 110, NONE, Source.DNS_SRV, ProbeStatus.CONFIRMED),
                        tuple("imap.example.test", 993, SSL_TLS, Source.DNS_SRV, ProbeStatus.TLS_FAILED));
        assertThat(result.outbound()).extracting(Candidate::host, Candidate::port, Candidate::security, Candidate::status)
                .containsExactly(tuple("smtp.example.test", 587, NONE, ProbeStatus.CONFIRMED));
        assertThat(result.inbound().get(0).detail()).contains("_pop3._tcp.example.test", "STARTTLS");
        assertThat(hostsProbed).as("SRV answered for both directions: nothing to guess")
                .containsExactlyInAnyOrder("imap.example.test", "pop.example.test", "smtp.example.test");
        assertThat(found).hasSize(3);
    }

    @Test
    void anMxAtExchangeOnlineGivesTheExchangeOnlineServers() {
        dns.mx("contoso.test", 0, "contoso-test.mail.protection.outlook.com");

        DetectionResult result = detect("support@contoso.test", settings());

        assertThat(result.inbound()).extracting(Candidate::toMailServer).containsExactly(
                MailServer.draft("outlook.office365.com", 993, Protocol.IMAP, SSL_TLS),
                MailServer.draft("outlook.office365.com", 995, Protocol.POP3, SSL_TLS));
        assertThat(result.outbound()).extracting(Candidate::toMailServer)
                .containsExactly(MailServer.draft("smtp.office365.com", 587, Protocol.SMTP, STARTTLS));
        assertThat(result.inbound()).allSatisfy(c -> {
            assertThat(c.source()).isEqualTo(Source.MX);
            assertThat(c.status()).as("the test maps no Microsoft host").isEqualTo(ProbeStatus.UNREACHABLE);
        });
        assertThat(result.notes()).anyMatch(n -> n.contains("Exchange Online"));
        assertThat(hostsProbed).noneMatch(h -> h.endsWith("contoso.test"));
    }

    @Test
    void commonHostNamesAreGuessedAndOnlyThoseThatAnswerAreShown() {
        DetectionResult result = detect("agent@guess.test", settings());

        assertThat(result.inbound()).extracting(Candidate::host, Candidate::port, Candidate::security, Candidate::status)
                .containsExactly(
                        tuple("imap.guess.test", 143, NONE, ProbeStatus.CONFIRMED),
                        tuple("imap.guess.test", 993, SSL_TLS, ProbeStatus.TLS_FAILED));
        assertThat(result.outbound()).extracting(Candidate::host, Candidate::port, Candidate::security, Candidate::status)
                .containsExactly(
                        tuple("smtp.guess.test", 587, NONE, ProbeStatus.CONFIRMED),
                        tuple("smtp.guess.test", 465, SSL_TLS, ProbeStatus.TLS_FAILED));
        assertThat(result.inbound()).allSatisfy(c -> assertThat(c.source()).isEqualTo(Source.GUESS));
        assertThat(hostsProbed).contains("mail.guess.test", "pop3.guess.test", "pop.guess.test");
        assertThat(found).hasSize(4);
    }

    @Test
    void presetsAndTheAdminsFilesNeedNoGuessing() throws IOException {
        Path ispdb = Files.createDirectories(dataFolder.resolve("ispdb"));
        try (InputStream in = getClass().getResourceAsStream("quirky-hosting.xml")) {
            Files.copy(in, ispdb.resolve("quirky-hosting.xml"));
        }

        DetectionResult gmail = detect("someone@gmail.com", settings());
        DetectionResult quirky = detect("alice@quirky.test", settings());

        assertThat(gmail.outbound()).extracting(Candidate::host, Candidate::port, Candidate::source).containsExactly(
                tuple("smtp.gmail.com", 465, Source.PRESET), tuple("smtp.gmail.com", 587, Source.PRESET));
        assertThat(quirky.inbound()).extracting(Candidate::host)
                .containsExactly("imap.quirky.test", "alice.mailbox.quirky.test", "pop.quirky.test");
        assertThat(hostsProbed).noneMatch(h -> h.startsWith("mail."));
    }

    @Test
    void aDomainThatDoesNotExistIsSaid() {
        dns.noSuchDomain("gone.test");

        DetectionResult result = detect("x@gone.test", settings());

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.notes()).anyMatch(n -> n.contains("gone.test") && n.contains("does not exist"))
                .anyMatch(n -> n.contains("No mail server was found"));
        assertThat(hostsProbed).as("no host under a missing domain is worth guessing").isEmpty();
    }

    @Test
    void aDomainUnknownToDnsIsNoTypoWhenItsOwnFileAnswered() throws IOException {
        dns.noSuchDomain("selfhosted.test");
        copyToIspdb("selfhosted.test.xml");

        DetectionResult result = detect("desk@selfhosted.test", settings());

        assertThat(result.inbound()).extracting(Candidate::host).containsExactly("mail.selfhosted.test");
        assertThat(result.notes()).noneMatch(n -> n.contains("does not exist"))
                .anyMatch(n -> n.startsWith("DNS does not know the domain selfhosted.test from this computer"));
    }

    @Test
    void builtInSettingsKeepWhatTheFileSaysAboutSignIn() throws IOException {
        copyToIspdb("hotmail.com.xml");

        DetectionResult result = detect("agent@hotmail.com", settings());

        assertThat(result.inbound()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.source()).isEqualTo(Source.PRESET);
            assertThat(c.detail()).contains("Known settings of Outlook.com").contains("also in hotmail.com.xml");
            assertThat(c.signIn().login()).isEqualTo("agent@hotmail.com");
            assertThat(c.signIn().passwordWillFail()).isTrue();
            assertThat(c.signIn().steps()).anyMatch(s -> s.contains("Allow devices and apps to use POP"));
        });
    }

    @Test
    void whenDnsIsSilentTheDetectionEndsWithinItsBudget() throws Exception {
        dns.silent();
        DetectionSettings settings = settings().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofMillis(1200));
        long started = System.nanoTime();

        DetectionResult result = new ServerDetector(settings).detect("agent@example.test", found::add).result()
                .get(10, TimeUnit.SECONDS);

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isLessThan(settings.budget().plus(MARGIN));
        assertThat(result.complete()).isFalse();
        assertThat(result.notes()).anyMatch(n -> n.contains("stopped after 1.2 s"));
        assertThat(dns.questions()).isNotEmpty();
    }

    @Test
    void aDnsTimeoutShorterThanTheBudgetIsANoteAndGuessingGoesOn() throws Exception {
        dns.silent();
        DetectionSettings settings = settings().withTimeouts(Duration.ofMillis(400), Duration.ofSeconds(1),
                Duration.ofSeconds(5));

        DetectionResult result = detect("agent@guess.test", settings);

        assertThat(result.complete()).isTrue();
        assertThat(result.elapsed()).isLessThan(settings.budget());
        assertThat(result.notes()).anyMatch(n -> n.contains("DNS server did not answer"));
        assertThat(result.inbound()).extracting(Candidate::host).contains("imap.guess.test");
    }

    @Test
    void cancelReturnsWhatWasFoundAtOnce() throws Exception {
        dns.silent();
        DetectionSettings settings = settings().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(20));
        DetectionJob job = new ServerDetector(settings).detect("agent@example.test", found::add);
        Thread.sleep(200);
        long started = System.nanoTime();

        job.cancel();

        DetectionResult result = job.result().get(1, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(job.isDone()).isTrue();
        assertThat(result.complete()).isFalse();
        assertThat(result.notes()).anyMatch(n -> n.contains("cancelled"));
    }

    @Test
    void anInvalidAddressIsRefusedInWordsForTheAdmin() {
        ServerDetector detector = new ServerDetector(settings());

        for (String bad : List.of("", "agent", "agent@", "@example.test", "agent@localhost", "a b@example.test",
                "agent@exa_mple.test")) {
            assertThatThrownBy(() -> detector.detect(bad, found::add)).as(bad)
                    .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("Email address: ");
        }
        assertThat(EmailAddress.parse(" Agent@Bücher.Example ").domain()).isEqualTo("xn--bcher-kva.example");
    }

    private void copyToIspdb(String resource) throws IOException {
        Path ispdb = Files.createDirectories(dataFolder.resolve("ispdb"));
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, ispdb.resolve(resource));
        }
    }

    private DetectionResult detect(String address, DetectionSettings settings) {
        try {
            return new ServerDetector(settings).detect(address, found::add).result()
                    .get(settings.budget().plus(MARGIN).toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The loopback DNS server; hosts under example.test, and imap./smtp. under guess.test, reach GreenMail on the
     * port matching the standard one; every other host name is unknown.
     */
    private DetectionSettings settings() {
        Map<Integer, Integer> ports = Map.of(
                993, GREEN_MAIL.getImaps().getPort(), 143, GREEN_MAIL.getImap().getPort(),
                995, GREEN_MAIL.getPop3s().getPort(), 110, GREEN_MAIL.getPop3().getPort(),
                465, GREEN_MAIL.getSmtps().getPort(), 587, GREEN_MAIL.getSmtp().getPort());
        Set<String> mapped = Set.of("imap.guess.test", "smtp.guess.test");
        return DetectionSettings.defaults(dataFolder.resolve("ispdb"))
                .withDnsServer(dns.address())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(8))
                .withProbeTarget((host, port) -> {
                    hostsProbed.add(host);
                    if ((host.endsWith(".example.test") || mapped.contains(host)) && ports.containsKey(port)) {
                        return new InetSocketAddress("127.0.0.1", ports.get(port));
                    }
                    throw new UnknownHostException(host);
                });
    }
}
