package org.mailroom.mail.cloud;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;
import org.mailroom.domain.EwsEndpoint;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxKind;
import org.mailroom.mail.ConnectionProbe;
import org.mailroom.mail.FailureKind;
import org.mailroom.mail.ProbeResult;
import org.mailroom.mail.ProbeRun;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.text.Text;

/**
 * The live test of an EWS or Graph mailbox as E-mail Server will connect: Graph with its app registration's client
 * secret, EWS on Exchange Online with a token for the mailbox's password, EWS on premises with the password itself.
 * The request's copy of the secret is wiped once the test ends.
 */
public final class CloudProbes {

    private final IdentityProviderSettings identity;
    private final ExecutorService tokenWork;
    private final Clock clock;
    /** What every request is given before it runs: nothing in the app; a local server and its pin in tests. */
    private final UnaryOperator<CloudProbeRequest> adjust;

    public CloudProbes(IdentityProviderSettings identity, ExecutorService tokenWork, Clock clock) {
        this(identity, tokenWork, clock, UnaryOperator.identity());
    }

    CloudProbes(IdentityProviderSettings identity, ExecutorService tokenWork, Clock clock, UnaryOperator<CloudProbeRequest> adjust) {
        this.identity = identity;
        this.tokenWork = tokenWork;
        this.clock = clock;
        this.adjust = adjust;
    }

    /**
     * The test of {@code mailbox} (an EWS or Graph one) signing in with {@code secret}; it wipes the secret when done.
     * A Graph mailbox without an app registration gets a test that says so without reaching the network.
     */
    public ConnectionProbe probeFor(Mailbox mailbox, Optional<AzureAppRegistration> app, char[] secret) {
        return probeFor(mailbox, app, secret, ProbeRun.single());
    }

    /** The same, as one test of a {@code run} whose tests share what is not per mailbox (Test all). */
    public ConnectionProbe probeFor(Mailbox mailbox, Optional<AzureAppRegistration> app, char[] secret, ProbeRun run) {
        if (mailbox.kind() == MailboxKind.GRAPH) {
            if (app.isEmpty()) {
                return noRegistration(mailbox);
            }
            CloudProbeRequest request = adjust.apply(CloudProbeRequest.graph(mailbox.name(), mailbox.direction(), mailbox.login(),
                    app.get(), secret));
            return wiping(new CloudProbe(request, identity, tokenWork, clock, run), request);
        }
        EwsEndpoint ews = (EwsEndpoint) mailbox.endpoint();
        CloudProbeRequest request = adjust.apply(CloudProbeRequest.ews(mailbox.name(), mailbox.direction(), mailbox.login(),
                URI.create(ews.url()), ews.folderPath(), app.orElse(null), mailbox.login(), secret));
        return wiping(new CloudProbe(request, identity, tokenWork, clock, run), request);
    }

    private static ConnectionProbe wiping(CloudProbe probe, CloudProbeRequest request) {
        return new ConnectionProbe() {
            @Override
            public ProbeResult run() {
                try {
                    return probe.run();
                } finally {
                    request.wipe();
                }
            }

            @Override
            public void cancel() {
                probe.cancel();
            }

            @Override
            public String server() {
                return probe.server();
            }
        };
    }

    private static ConnectionProbe noRegistration(Mailbox mailbox) {
        return new ConnectionProbe() {
            @Override
            public ProbeResult run() {
                return ProbeResult.tokenRefused(mailbox.name(), mailbox.endpoint().label(), Instant.now(), 0,
                        Text.get("tests.webApi.noRegistration", mailbox.name()), FailureKind.TOKEN_REFUSED.action());
            }

            @Override
            public void cancel() {
            }

            @Override
            public String server() {
                return ""; // says so without reaching any server
            }
        };
    }
}
