package org.mailroom.domain;

/** Enabled mailboxes are in service: their selection box is red and they cannot be deleted. */
public enum MailboxState {
    ENABLED, DISABLED
}
