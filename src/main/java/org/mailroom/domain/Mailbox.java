package org.mailroom.domain;

/**
 * A mailbox of the contact center. Whether it is enabled is not part of it: that follows from the
 * Digital application it is assigned to (see {@link Enablement}).
 */
public sealed interface Mailbox permits InboundMailbox, OutboundMailbox {

    /** 0 until the mailbox is stored. */
    long id();

    /** The Mailbox Name; unique among all mailboxes, ignoring case. */
    String name();

    /** The login name on the mail server ("Mailbox" in the forms). */
    String login();

    MailServer server();

    Direction direction();

    Mailbox withId(long id);
}
