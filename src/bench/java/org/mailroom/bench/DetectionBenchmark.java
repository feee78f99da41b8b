package org.mailroom.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.mailroom.detect.DetectionResult;
import org.mailroom.detect.DetectionSettings;
import org.mailroom.detect.ServerDetector;
import org.mailroom.testing.LoopbackDnsServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * "Detect from address" for an Exchange Online address, kept on this machine as the Detect servers window test
 * keeps it: the built-in presets, a DNS server on the loopback with no records, every probe to a closed loopback
 * port. From pressing Detect to the final list; the budget is 4 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DetectionBenchmark {

    private LoopbackDnsServer dns;
    private ServerDetector detector;

    @Setup
    public void setUp() throws IOException {
        dns = new LoopbackDnsServer();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        detector = new ServerDetector(DetectionSettings.defaults(null)
                .withDnsServer(dns.address())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(4))
                .withProbeTarget((host, port) -> new InetSocketAddress("127.0.0.1", closedPort)));
    }

    @Benchmark
    public DetectionResult presetsOnly() throws Exception {
        DetectionResult result = detector.detect("someone@contoso.onmicrosoft.com", candidate -> { }).result()
                .get(10, TimeUnit.SECONDS);
        if (!result.complete()) {
            throw new IllegalStateException("detection ran into its budget: " + result.notes());
        }
        return result;
    }

    @TearDown
    public void tearDown() {
        dns.close();
    }
}
