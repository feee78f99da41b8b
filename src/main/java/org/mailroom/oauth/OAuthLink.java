package org.mailroom.oauth;

/** A mailbox signing in with OAuth through a registration; {@code testMailbox} marks the migration test mailbox. */
public record OAuthLink(long mailboxId, long registrationId, boolean testMailbox) {
}
