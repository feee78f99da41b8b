package org.mailroom.ui.detect;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.mailroom.detect.DetectionSettings;
import org.mailroom.testing.LoopbackDnsServer;

/**
 * Detection that stays on this machine: DNS is the loopback test server, hosts under example.test reach GreenMail
 * on the port matching the standard one, every other host name is unknown (so Exchange Online's presets show as
 * unreachable at once).
 */
final class LoopbackDetection {

    private LoopbackDetection() {
    }

    static DetectionSettings settings(Path ispdb, LoopbackDnsServer dns, GreenMailExtension greenMail) {
        Map<Integer, Integer> ports = Map.of(
                993, greenMail.getImaps().getPort(), 143, greenMail.getImap().getPort(),
                995, greenMail.getPop3s().getPort(), 110, greenMail.getPop3().getPort(),
                465, greenMail.getSmtps().getPort(), 587, greenMail.getSmtp().getPort());
        return DetectionSettings.defaults(ispdb)
                .withDnsServer(dns.address())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(8))
                .withProbeTarget((host, port) -> {
                    if (host.endsWith(".example.test") && ports.containsKey(port)) {
                        return new InetSocketAddress("127.0.0.1", ports.get(port));
                    }
                    throw new UnknownHostException(host);
                });
    }

    /** SRV records for example.test: IMAP on 993, POP3 on 110, submission on 587. */
    static void publishSrv(LoopbackDnsServer dns) {
        dns.srv("_imaps._tcp.example.test", 0, 1, 993, "imap.example.test")
                .srv("_pop3._tcp.example.test", 0, 1, 110, "pop.example.test")
                .srv("_submission._tcp.example.test", 0, 1, 587, "smtp.example.test");
    }
}
