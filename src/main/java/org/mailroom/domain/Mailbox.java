package org.mailroom.domain;

import java.util.Optional;

/**
 * A mailbox of the contact center. Whether it is enabled is not part of it: that follows from the
 * Digital application it is assigned to (see {@link Enablement}). Its kind follows from where it connects.
 */
public sealed interface Mailbox permits InboundMailbox, OutboundMailbox {

    /** 0 until the mailbox is stored. */
    long id();

    /** The Mailbox Name; unique among all mailboxes, ignoring case. */
    String name();

    /** The login name on the mail server ("Mailbox" in the forms); for Graph, the mailbox's address. */
    String login();

    /** Where it connects: a mail server entry, an EWS endpoint or Graph in a cloud. */
    Endpoint endpoint();

    Direction direction();

    Mailbox withId(long id);

    /** The same mailbox connecting elsewhere (the migration assistant moves mailboxes to Graph). */
    Mailbox withEndpoint(Endpoint endpoint);

    default MailboxKind kind() {
        return endpoint().kind();
    }

    /** The mail server entry of a POP3, IMAP or SMTP mailbox; empty for EWS and Graph. */
    default Optional<MailServer> mailServer() {
        return endpoint() instanceof MailServer server ? Optional.of(server) : Optional.empty();
    }
}
