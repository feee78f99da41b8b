package org.mailroom.oauth;

/** An error blocks the wizard's Next; a warning is shown and the admin may go on. */
public enum Severity {
    ERROR,
    WARNING,
    /** A step or fact to know; nothing is wrong. */
    INFO
}
