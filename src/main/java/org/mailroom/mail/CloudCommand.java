package org.mailroom.mail;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mailroom.mail.cloud.CloudApi;
import org.mailroom.mail.cloud.CloudProbe;
import org.mailroom.mail.cloud.CloudProbeCommand;
import org.mailroom.text.Text;

/**
 * {@code probe --protocol graph|ews}: the same report and exit codes as a mail server's test. The secret (Graph: the
 * app's client secret; EWS: the password) comes from standard input or {@code --password-env} only.
 */
final class CloudCommand {

    private CloudCommand() {
    }

    static int run(CloudApi api, Map<String, String> options, char[] secret, PrintStream out, PrintStream err) {
        ExecutorService tokenWork = Executors.newCachedThreadPool(DaemonThreads.named("mailroom-probe-token"));
        try {
            Timeouts timeouts = options.containsKey("--timeout")
                    ? Timeouts.ofSeconds(ProbeCommand.number(options, "--timeout", 1, 3600)) : Timeouts.DEFAULT;
            String trust = options.get("--trust");
            if (trust != null) {
                Fingerprints.normalize(trust); // rejects a malformed fingerprint as a usage error
            }
            CloudProbeCommand.Invocation invocation = CloudProbeCommand.parse(api, options, secret, timeouts, trust);
            try {
                ProbeResult result = new CloudProbe(invocation.request(), invocation.identity(), tokenWork,
                        Clock.systemDefaultZone()).run();
                out.print(result.toPlainText());
                out.flush();
                return result.succeeded() ? ProbeCommand.SUCCESS : ProbeCommand.FAILED;
            } finally {
                invocation.request().wipe();
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(Text.get("probe.cli.usage"));
            return ProbeCommand.USAGE;
        } finally {
            Arrays.fill(secret, '\0');
            tokenWork.shutdownNow();
        }
    }
}
