package org.mailroom.detect;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocketFactory;

/**
 * How detection reaches the network and how long it may take.
 *
 * @param ispdbFolder    where admins drop their own clientConfig files ({@code <data folder>/ispdb}); null or
 *                       missing means only the bundled files
 * @param dnsServer      null for the system's DNS servers; else one server (tests: 127.0.0.1 and a dynamic port)
 * @param dnsTimeout     per DNS query
 * @param probeTimeout   per probe: connecting, and then each read
 * @param budget         the whole detection; what was found by then is returned
 * @param parallelProbes at most this many probes at once
 * @param probeTarget    maps a candidate's host and port to the address to connect to
 * @param tls            for TLS handshakes; trusts what the JVM trusts in production. Looked up when the first
 *                       probe needs it: loading the JVM's trust store would cost every start-up a fifth of a
 *                       second
 */
public record DetectionSettings(Path ispdbFolder, InetSocketAddress dnsServer, Duration dnsTimeout,
                                Duration probeTimeout, Duration budget, int parallelProbes, ProbeTarget probeTarget,
                                Supplier<SSLSocketFactory> tls) {

    public DetectionSettings {
        if (parallelProbes < 1) {
            throw new IllegalArgumentException("parallelProbes must be at least 1");
        }
    }

    /** The system resolver and trust store, short timeouts, at most 6 s in all. */
    public static DetectionSettings defaults(Path ispdbFolder) {
        return new DetectionSettings(ispdbFolder, null, Duration.ofMillis(1500), Duration.ofSeconds(2),
                Duration.ofSeconds(6), 8, ProbeTarget.system(), () -> (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    public DetectionSettings withDnsServer(InetSocketAddress server) {
        return new DetectionSettings(ispdbFolder, server, dnsTimeout, probeTimeout, budget, parallelProbes,
                probeTarget, tls);
    }

    public DetectionSettings withTimeouts(Duration dns, Duration probe, Duration wholeBudget) {
        return new DetectionSettings(ispdbFolder, dnsServer, dns, probe, wholeBudget, parallelProbes, probeTarget, tls);
    }

    public DetectionSettings withProbeTarget(ProbeTarget target) {
        return new DetectionSettings(ispdbFolder, dnsServer, dnsTimeout, probeTimeout, budget, parallelProbes, target,
                tls);
    }

    public DetectionSettings withTls(SSLSocketFactory factory) {
        return new DetectionSettings(ispdbFolder, dnsServer, dnsTimeout, probeTimeout, budget, parallelProbes,
                probeTarget, () -> factory);
    }
}
