package org.mailroom.mail;

import java.net.InetAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.mail.Timeline.Mark;
import org.mailroom.text.Text;

/**
 * Turns the marks, observations and outcome of a test into its step list: each step ends at its mark, so
 * the durations add up to the whole; the failing step is the one the failure belongs to, later ones are
 * skipped.
 */
final class StepAssembler {

    private static final Map<ProbeStep, Mark> END = Map.of(ProbeStep.DNS, Mark.RESOLVED, ProbeStep.TCP, Mark.CONNECTED,
            ProbeStep.TLS, Mark.TLS_DONE, ProbeStep.AUTHENTICATION, Mark.LOGGED_IN, ProbeStep.VERIFY, Mark.VERIFIED,
            ProbeStep.SIZE, Mark.VERIFIED);

    private final ProbeRequest request;
    private final Timeline timeline;
    private final TlsObservation tls;
    private final ProbeSockets sockets;
    private final Transcript transcript;
    private final StepDetails details;
    private List<InetAddress> addresses = List.of();
    private String verified;
    private final LocalDate today;

    StepAssembler(ProbeRequest request, Timeline timeline, TlsObservation tls, ProbeSockets sockets, Transcript transcript,
                  LocalDate today) {
        this.today = today;
        this.request = request;
        this.timeline = timeline;
        this.tls = tls;
        this.sockets = sockets;
        this.transcript = transcript;
        this.details = new StepDetails(request);
    }

    void resolved(List<InetAddress> found) {
        addresses = found;
    }

    void inboxCount(int messages) {
        verified = Text.get("probe.detail.inbox", messages);
    }

    void smtpConfirmation(String reply) {
        verified = Text.get("probe.detail.smtpConfirmed", reply == null ? "235" : reply.strip());
    }

    ProbeResult result(Instant startedAt, Throwable error, SecretMasker masker) {
        long failedAt = System.nanoTime();
        List<ProbeStep> order = order();
        ServerCapabilities capabilities = ServerCapabilities.parse(request.protocol(), transcript.beforeLogin());
        boolean greeted = capabilities.greeting() != null;
        Failure failure = error == null ? null
                : FailureClassifier.classify(error, request.protocol(), reached(order), request.login(), masker, transcript.beforeLogin());
        if (failure != null && failure.kind() == FailureKind.OLD_TLS) {
            Failure old = failure;
            failure = LegacyTlsRetirement.oldTlsAction(request.protocol(), request.host(), today)
                    .map(action -> new Failure(old.kind(), old.step(), old.reason(), action)).orElse(old);
        }
        int failedIndex = failure == null ? order.size() : Math.max(0, order.indexOf(failure.step()));
        TlsInfo tlsInfo = tls.snapshot();

        List<StepResult> steps = new ArrayList<>();
        long previous = timeline.start();
        for (int i = 0; i < order.size(); i++) {
            ProbeStep step = order.get(i);
            if (i > failedIndex) {
                steps.add(new StepResult(step, StepStatus.SKIPPED, 0, Text.get("probe.detail.notRun")));
                continue;
            }
            long end = i == failedIndex ? failedAt : endOf(order, i, failedAt);
            long millis = TimeUnit.NANOSECONDS.toMillis(Math.max(0, end - previous));
            previous = Math.max(previous, end);
            if (i == failedIndex) {
                steps.add(new StepResult(step, StepStatus.FAILED, millis, details.failed(step, failure, tlsInfo)));
            } else {
                steps.add(passed(step, millis, tlsInfo, greeted ? capabilities : null));
            }
        }
        long total = TimeUnit.NANOSECONDS.toMillis(failedAt - timeline.start());
        return new ProbeResult(request.name(), request.describe(), startedAt, total, steps, failure, tlsInfo,
                greeted ? capabilities : null, transcript.lines());
    }

    private StepResult passed(ProbeStep step, long millis, TlsInfo tlsInfo, ServerCapabilities capabilities) {
        return switch (step) {
            case DNS -> new StepResult(step, StepStatus.OK, millis, details.dns(addresses));
            case TCP -> new StepResult(step, StepStatus.OK, millis, details.tcp(sockets.remoteAddress()));
            case TLS -> request.security() == ConnectionSecurity.NONE
                    ? new StepResult(step, StepStatus.WARNING, millis, Text.get("probe.detail.noTls"))
                    : LegacyTlsRetirement.warning(request.protocol(), request.host(), tlsInfo == null ? null : tlsInfo.protocol(), today)
                    .map(warning -> new StepResult(step, StepStatus.WARNING, millis, warning + "\n" + details.tls(tlsInfo)))
                    .orElseGet(() -> new StepResult(step, StepStatus.OK, millis, details.tls(tlsInfo)));
            case GREETING -> new StepResult(step, StepStatus.OK, millis, details.greeting(capabilities));
            case AUTHENTICATION -> new StepResult(step, StepStatus.OK, millis, details.authenticated());
            case VERIFY -> new StepResult(step, StepStatus.OK, millis, verified);
            case SIZE -> details.size(capabilities);
            case TOKEN -> new StepResult(step, StepStatus.OK, millis, ""); // got before the probe: never one of its steps
        };
    }

    /** STARTTLS happens after the greeting; implicit TLS before it. */
    private List<ProbeStep> order() {
        if (request.security() == ConnectionSecurity.STARTTLS) {
            return List.of(ProbeStep.DNS, ProbeStep.TCP, ProbeStep.GREETING, ProbeStep.TLS, ProbeStep.AUTHENTICATION,
                    ProbeStep.VERIFY, ProbeStep.SIZE);
        }
        return List.of(ProbeStep.DNS, ProbeStep.TCP, ProbeStep.TLS, ProbeStep.GREETING, ProbeStep.AUTHENTICATION,
                ProbeStep.VERIFY, ProbeStep.SIZE);
    }

    private Mark endMark(ProbeStep step) {
        if (step == ProbeStep.GREETING) {
            return request.security() == ConnectionSecurity.STARTTLS ? Mark.TLS_STARTED : Mark.AUTH_STARTED;
        }
        if (step == ProbeStep.TLS && request.security() == ConnectionSecurity.NONE) {
            return Mark.CONNECTED; // nothing happens between connect and greeting
        }
        return END.get(step);
    }

    /** The step a failure happened in when its kind does not say: the first step that never ended. */
    private ProbeStep reached(List<ProbeStep> order) {
        for (ProbeStep step : order) {
            if (timeline.at(endMark(step)) == null) {
                return step;
            }
        }
        return ProbeStep.VERIFY;
    }

    /** A step's own mark, else the next mark that was set (a mark may be missing, e.g. on a pre-authenticated server). */
    private long endOf(List<ProbeStep> order, int index, long fallback) {
        for (int i = index; i < order.size(); i++) {
            Long at = timeline.at(endMark(order.get(i)));
            if (at != null) {
                return at;
            }
        }
        return fallback;
    }
}
