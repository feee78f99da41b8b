package org.mailroom.mail;

import java.time.Instant;

/**
 * How a mailbox's last connection test ended: shown in the table, and checked before go-live.
 *
 * @param certificateSubject  the server certificate the test saw (null when it saw none: no TLS, or it failed before)
 * @param certificateNotAfter when that certificate expires, for the expiry register; null with the subject
 */
public record LastTest(long mailboxId, Instant testedAt, StepStatus outcome, String summary, String certificateSubject,
                       Instant certificateNotAfter) {

    /** A test that saw no certificate. */
    public LastTest(long mailboxId, Instant testedAt, StepStatus outcome, String summary) {
        this(mailboxId, testedAt, outcome, summary, null, null);
    }

    public static LastTest of(long mailboxId, ProbeResult result) {
        String summary = result.succeeded() ? result.overall().label() : result.failure().kind().label();
        CertificateInfo seen = result.tls() == null ? null : result.tls().certificate();
        return new LastTest(mailboxId, result.startedAt(), result.overall(), summary, seen == null ? null : seen.subject(),
                seen == null ? null : seen.notAfter());
    }

    /** The same test for another mailbox id (an import gives the file's tests the ids of the workspace). */
    public LastTest forMailbox(long id) {
        return new LastTest(id, testedAt, outcome, summary, certificateSubject, certificateNotAfter);
    }

    public boolean failed() {
        return outcome == StepStatus.FAILED;
    }
}
