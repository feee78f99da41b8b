package org.mailroom.mail;

/**
 * A classified failure.
 *
 * @param kind   what went wrong
 * @param step   the step it happened in
 * @param reason the underlying error or server reply, masked
 * @param action what the admin should do; Exchange Online replies get their specific fix
 */
public record Failure(FailureKind kind, ProbeStep step, String reason, String action) {
}
