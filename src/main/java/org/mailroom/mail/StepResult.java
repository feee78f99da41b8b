package org.mailroom.mail;

/** One step of a test: how it went, how long it took and what it found, in words for the admin. */
public record StepResult(ProbeStep step, StepStatus status, long millis, String detail) {
}
