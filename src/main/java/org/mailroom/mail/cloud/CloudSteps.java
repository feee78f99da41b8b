package org.mailroom.mail.cloud;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.mailroom.mail.Failure;
import org.mailroom.mail.ProbeResult;
import org.mailroom.mail.ProbeStep;
import org.mailroom.mail.StepDetails;
import org.mailroom.mail.StepResult;
import org.mailroom.mail.StepStatus;
import org.mailroom.mail.TlsInfo;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.TokenResult;
import org.mailroom.text.Text;

/**
 * Turns what a cloud test saw into the same report a mail server's test gives: each step ends at its mark, so
 * the durations add up to the whole; the failing step is the one the failure belongs to, later ones are skipped.
 * The connection and TLS step ends when the API's certificate was accepted; over a connection the token request
 * already opened (same host) it takes no time.
 */
final class CloudSteps {

    private final CloudProbeRequest request;
    private final StepClock steps;
    private final ProbeTrust trust;
    private final CloudTranscript transcript;
    private String tokenDetail = "";
    private List<InetAddress> addresses = List.of();

    CloudSteps(CloudProbeRequest request, StepClock steps, ProbeTrust trust, CloudTranscript transcript) {
        this.request = request;
        this.steps = steps;
        this.trust = trust;
        this.transcript = transcript;
    }

    void token(TokenResult.Success token) {
        boolean appOnly = request.registration().grant() == GrantType.CLIENT_CREDENTIALS;
        List<String> held = appOnly ? token.claims().roles() : token.claims().scopes();
        tokenDetail = Text.get(appOnly ? "cloud.detail.tokenRoles" : "cloud.detail.tokenScopes", request.registration().name(),
                token.claims().audience(), held.isEmpty() ? Text.get("cloud.reason.noRoles") : String.join(", ", held));
    }

    void resolved(List<InetAddress> found) {
        addresses = found;
    }

    ProbeResult result(Instant startedAt, Failure failure, Proof proof, int throttledWaits) {
        long failedAt = System.nanoTime();
        List<ProbeStep> order = request.registration() == null
                ? List.of(ProbeStep.DNS, ProbeStep.TLS, ProbeStep.AUTHENTICATION, ProbeStep.VERIFY)
                : List.of(ProbeStep.TOKEN, ProbeStep.DNS, ProbeStep.TLS, ProbeStep.AUTHENTICATION, ProbeStep.VERIFY);
        int failedIndex = failure == null ? order.size() : Math.max(0, order.indexOf(failure.step()));
        TlsInfo tls = trust.snapshot();
        List<StepResult> results = new ArrayList<>();
        long previous = steps.start();
        for (int i = 0; i < order.size(); i++) {
            ProbeStep step = order.get(i);
            if (i > failedIndex) {
                results.add(new StepResult(step, StepStatus.SKIPPED, 0, Text.get("probe.detail.notRun")));
                continue;
            }
            long end = i == failedIndex ? failedAt : endOf(step, previous, failedAt);
            long millis = TimeUnit.NANOSECONDS.toMillis(Math.max(0, end - previous));
            previous = Math.max(previous, end);
            if (i == failedIndex) {
                String headline = failure.kind().label() + ": " + failure.reason();
                results.add(new StepResult(step, StepStatus.FAILED, millis,
                        step == ProbeStep.TLS && tls != null ? headline + "\n" + StepDetails.tls(tls, host()) : headline));
            } else {
                results.add(passed(step, millis, tls, proof, throttledWaits));
            }
        }
        long total = TimeUnit.NANOSECONDS.toMillis(failedAt - steps.start());
        TlsInfo shown = failure != null && failure.step() == ProbeStep.TOKEN && !trust.inApiPhase() ? trust.snapshot() : tls;
        return new ProbeResult(request.name(), request.describe(), startedAt, total, results, failure, shown, null,
                transcript.lines());
    }

    private StepResult passed(ProbeStep step, long millis, TlsInfo tls, Proof proof, int throttledWaits) {
        return switch (step) {
            case TOKEN -> new StepResult(step, StepStatus.OK, millis, tokenDetail);
            case DNS -> new StepResult(step, StepStatus.OK, millis, Text.get("probe.detail.dns", host(),
                    addresses.stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", "))));
            case TLS -> new StepResult(step, StepStatus.OK, millis, Text.get("probe.detail.tcp", host(), port())
                    + (tls == null ? "" : "\n" + StepDetails.tls(tls, host())));
            case AUTHENTICATION -> new StepResult(step, StepStatus.OK, millis, request.registration() == null
                    ? Text.get("cloud.detail.basicAccepted", request.login())
                    : Text.get(request.api() == CloudApi.GRAPH ? "cloud.detail.graphAccepted" : "cloud.detail.ewsAccepted"));
            default -> new StepResult(step, proof.warning() ? StepStatus.WARNING : StepStatus.OK, millis,
                    throttledWaits == 0 ? proof.text() : proof.text() + "\n" + Text.get("cloud.detail.throttled", throttledWaits));
        };
    }

    /** A step's end; the TLS step ends at the API's handshake, or at once over a connection already open. */
    private long endOf(ProbeStep step, long previous, long fallback) {
        if (step == ProbeStep.TLS) {
            Long handshake = trust.apiHandshakeChecked();
            return handshake != null ? handshake : previous;
        }
        Long end = steps.endOf(step);
        return end != null ? end : fallback;
    }

    private String host() {
        return request.endpoint().getHost();
    }

    private int port() {
        return request.endpoint().getPort() > 0 ? request.endpoint().getPort() : 443;
    }
}
