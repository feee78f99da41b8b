package org.mailroom.domain;

/** The secrets an admin may save: a mailbox's password or an Azure app registration's client secret. */
public enum SecretKind {
    /** Owner: a mailbox id. */
    MAILBOX_PASSWORD,
    /** Owner: an OAuth app registration id. */
    CLIENT_SECRET
}
