package org.mailroom.check;

/** What kind of item a finding concerns, so a view can switch to the screen that shows it. */
public enum ItemKind {
    MAILBOX, MAIL_SERVER, APPLICATION, REGISTRATION, FROM_ADDRESS, WORKSPACE
}
