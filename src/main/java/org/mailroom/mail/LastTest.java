package org.mailroom.mail;

import java.time.Instant;

/** How a mailbox's last connection test ended: shown in the table, and checked before go-live. */
public record LastTest(long mailboxId, Instant testedAt, StepStatus outcome, String summary) {

    public static LastTest of(long mailboxId, ProbeResult result) {
        String summary = result.succeeded() ? result.overall().label() : result.failure().kind().label();
        return new LastTest(mailboxId, result.startedAt(), result.overall(), summary);
    }

    public boolean failed() {
        return outcome == StepStatus.FAILED;
    }
}
