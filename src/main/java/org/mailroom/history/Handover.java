package org.mailroom.history;

import java.time.Instant;

/** A handover: when, by whom (the OS user, and the display name they had set), and how it happened. */
public record Handover(Instant at, String osUser, String adminName, String reason) {
}
