package org.mailroom.oauth;

/** The manifest's {@code "type"}: the words are Microsoft's, not ours. */
public enum PermissionType {
    /** Delegated permission: acts as the signed-in mailbox (password grant). */
    Scope,
    /** Application permission: acts as the app itself (client credentials), needs admin consent. */
    Role
}
