package org.mailroom.oauth;

/** A mailbox to move to OAuth 2.0, as the migration request needs it; independent of the workspace store. */
public record MigrationMailbox(String name, boolean testMailbox) {
}
