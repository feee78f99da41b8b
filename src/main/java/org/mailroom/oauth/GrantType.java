package org.mailroom.oauth;

/** How E-mail Server gets its token. */
public enum GrantType {
    /** Resource owner password credentials (ROPC): the mailbox's own login and password; delegated permissions. */
    PASSWORD,
    /** App-only: the app's client secret; application permissions and admin consent. */
    CLIENT_CREDENTIALS
}
