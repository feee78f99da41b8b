package org.mailroom.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one connection test. Holds no secret: the transcript and all texts are masked.
 *
 * @param failure      null when the test succeeded
 * @param tls          null when no TLS handshake took place
 * @param capabilities what the server announced before login; null when it never greeted
 */
public record ProbeResult(String name, String target, Instant startedAt, long totalMillis, List<StepResult> steps,
                          Failure failure, TlsInfo tls, ServerCapabilities capabilities, List<String> transcript) {

    public ProbeResult {
        steps = List.copyOf(steps);
        transcript = List.copyOf(transcript);
    }

    /**
     * A test of an OAuth mailbox that ended before any server was touched: the identity provider refused
     * the token. Recorded like any other test, with Microsoft's reason and the admin's fix.
     */
    public static ProbeResult tokenRefused(String name, String target, Instant startedAt, long millis, String reason,
                                           String action) {
        Failure failure = new Failure(FailureKind.TOKEN_REFUSED, ProbeStep.TOKEN, reason, action);
        return new ProbeResult(name, target, startedAt, millis,
                List.of(new StepResult(ProbeStep.TOKEN, StepStatus.FAILED, millis, reason + "\n" + action)),
                failure, null, null, List.of());
    }

    public boolean succeeded() {
        return failure == null;
    }

    /** OK, WARNING (passed, but a step warns, e.g. the SIZE limit) or FAILED, for the table. */
    public StepStatus overall() {
        if (failure != null) {
            return StepStatus.FAILED;
        }
        return steps.stream().anyMatch(step -> step.status() == StepStatus.WARNING) ? StepStatus.WARNING : StepStatus.OK;
    }

    /**
     * The fingerprint the UI may offer to pin when the only problem was an untrusted certificate (or one other than
     * the pinned one, say after a renewal); pinning
     * it (per server entry) and testing again accepts exactly that certificate.
     */
    public Optional<String> certificateToTrust() {
        boolean pinnable = failure != null
                && (failure.kind() == FailureKind.UNTRUSTED_CERTIFICATE || failure.kind() == FailureKind.PIN_MISMATCH);
        if (!pinnable || tls == null
                || tls.certificate() == null) {
            return Optional.empty();
        }
        return Optional.of(tls.certificate().sha256());
    }

    /** The report behind "Copy report". */
    public String toPlainText() {
        return ProbeReport.plainText(this);
    }
}
