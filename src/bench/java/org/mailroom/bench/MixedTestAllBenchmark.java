package org.mailroom.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailroom.domain.Cloud;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Protocol;
import org.mailroom.mail.ConnectionProbe;
import org.mailroom.mail.Credentials;
import org.mailroom.mail.MailProbe;
import org.mailroom.mail.ProbeBatch;
import org.mailroom.mail.ProbeRequest;
import org.mailroom.mail.ProbeResult;
import org.mailroom.mail.Timeouts;
import org.mailroom.mail.ProbeRun;
import org.mailroom.mail.TlsSessions;
import org.mailroom.mail.cloud.CloudProbe;
import org.mailroom.mail.cloud.CloudProbeRequest;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.testing.FakeIdentityProvider;
import org.mailroom.testing.TestTls;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Test all over 100 mixed mailboxes — IMAP, POP3 and SMTP on GreenMail, Graph and EWS on local HTTPS servers that are
 * identity provider and API at once — as the window runs it (at most {@link #perServer} tests at once per server, the
 * tests sharing the batch's TLS sessions), against one test of each kind on its own (a full handshake, nothing shared),
 * both against the same servers, which run in a JVM of their own ({@link RemoteServers}): the benchmark measures the
 * app's side, as a remote server's CPU is not the app's. The target: Test all finishes within 1.5 times the slowest
 * single test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MixedTestAllBenchmark {

    private static final String MAILBOX = RemoteServers.MAILBOX;
    /** Before Microsoft's EWS block: the EWS tests prove the folder rather than report the block. */
    private static final Clock BEFORE_EWS_BLOCK = Clock.fixed(Instant.parse("2026-09-30T12:00:00Z"), ZoneOffset.UTC);

    /** The kind a single test is of. */
    public enum Kind { IMAP, POP3, SMTP, GRAPH, EWS }

    @Param({"IMAP", "POP3", "SMTP", "GRAPH", "EWS"})
    Kind single;

    /** At most this many tests at once per server: the window's ConnectionTestsViewModel.PER_SERVER. */
    @Param("20")
    int perServer;

    private RemoteServers servers;
    private ExecutorService tokenWork;
    /** Test alls run in this iteration, and the CPU used by both JVMs when it started: where Test all's time goes. */
    private int batches;
    private long appCpuAtStart;
    private Duration serversCpuAtStart;

    @Setup
    public void setUp() throws Exception {
        Logger.getLogger("com.microsoft.aad.msal4j").setLevel(Level.WARNING);
        servers = RemoteServers.start();
        tokenWork = Executors.newCachedThreadPool();
    }

    @Setup(org.openjdk.jmh.annotations.Level.Iteration)
    public void countCpu() {
        batches = 0;
        appCpuAtStart = appCpuNanos();
        serversCpuAtStart = servers.cpu();
    }

    /**
     * Prints, per Test all, the CPU time this JVM (the app's side, its compiler included) and the servers' JVM used: with
     * both on the same two cores, Test all cannot take less wall time than half their sum.
     */
    @TearDown(org.openjdk.jmh.annotations.Level.Iteration)
    public void reportCpu() {
        if (batches > 0) {
            long app = (appCpuNanos() - appCpuAtStart) / 1_000_000 / batches;
            long server = servers.cpu().minus(serversCpuAtStart).toMillis() / batches;
            System.out.printf("  CPU per Test all: app %d ms, servers %d ms (%d runs)%n", app, server, batches);
        }
    }

    private static long appCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Benchmark
    public List<ProbeResult> testAll100() throws Exception {
        batches++;
        ProbeBatch batch = new ProbeBatch(perServer);
        List<ConnectionProbe> probes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            probes.add(probe(Kind.values()[i % Kind.values().length], i, batch.run()));
        }
        List<ProbeResult> results = batch.startProbes(probes, (result, done, total) -> { }).get(120, TimeUnit.SECONDS);
        for (ProbeResult result : results) {
            if (!result.succeeded()) {
                throw new IllegalStateException(result.toPlainText());
            }
        }
        return results;
    }

    /** One test of the kind given, on its own. */
    @Benchmark
    public ProbeResult singleTest() {
        ProbeResult result = probe(single, 0, ProbeRun.single()).run();
        if (!result.succeeded()) {
            throw new IllegalStateException(result.toPlainText());
        }
        return result;
    }

    private ConnectionProbe probe(Kind kind, int i, ProbeRun run) {
        return switch (kind) {
            case IMAP -> mail(Protocol.IMAP, servers.imaps, i, run.tls());
            case POP3 -> mail(Protocol.POP3, servers.pop3s, i, run.tls());
            case SMTP -> mail(Protocol.SMTP, servers.smtps, i, run.tls());
            case GRAPH -> new CloudProbe(CloudProbeRequest.graph("graph-" + i, Direction.INBOUND, MAILBOX,
                    app(GrantType.CLIENT_CREDENTIALS, OAuthProtocol.GRAPH), "secret-value".toCharArray()).withEndpoint(servers.graph)
                    .withPinnedSha256(TestTls.LOCALHOST.sha256()).withTimeouts(Timeouts.ofSeconds(10)),
                    identity(servers.graph), tokenWork, Clock.systemUTC(), run);
            case EWS -> new CloudProbe(CloudProbeRequest.ews("ews-" + i, Direction.INBOUND, MAILBOX, URI.create(servers.ews + RemoteServers.EWS), "",
                    app(GrantType.PASSWORD, OAuthProtocol.EWS), MAILBOX, "ews-password".toCharArray())
                    .withPinnedSha256(TestTls.LOCALHOST.sha256()).withTimeouts(Timeouts.ofSeconds(10)),
                    identity(servers.ews), tokenWork, BEFORE_EWS_BLOCK, run);
        };
    }

    private static MailProbe mail(Protocol protocol, int port, int i, TlsSessions tls) {
        return new MailProbe(new ProbeRequest(protocol.name().toLowerCase() + "-" + i, protocol, ConnectionSecurity.SSL_TLS, "localhost",
                port, "bench", Credentials.password("bench-password".toCharArray()), TestTls.LOCALHOST.sha256(), 0,
                Timeouts.of(Duration.ofSeconds(10))), Clock.systemDefaultZone(), tls);
    }

    private static IdentityProviderSettings identity(URI server) {
        return new IdentityProviderSettings(null, false, RemoteServers.authority(server), Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(10));
    }

    private static AzureAppRegistration app(GrantType grant, OAuthProtocol protocol) {
        return new AzureAppRegistration("Mailroom", FakeIdentityProvider.CLIENT, FakeIdentityProvider.TENANT, Cloud.GLOBAL,
                AccountType.SINGLE_TENANT, grant, EnumSet.of(protocol));
    }

    @TearDown
    public void tearDown() throws InterruptedException {
        servers.close();
        tokenWork.shutdownNow();
    }
}
