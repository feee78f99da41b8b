package org.mailroom.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a mailbox is to the E-mail Server, its {@code type}: the mail protocols POP3, IMAP and SMTP on a mail
 * server entry, Exchange Web Services on an EWS endpoint, or Microsoft Graph in a Microsoft cloud. Graph
 * serves both directions: it reads the inbound mailboxes and sends for the outbound one.
 */
public enum MailboxKind {
    POP3(EnumSet.of(Direction.INBOUND)),
    IMAP(EnumSet.of(Direction.INBOUND)),
    EWS(EnumSet.of(Direction.INBOUND)),
    GRAPH(EnumSet.of(Direction.INBOUND, Direction.OUTBOUND)),
    SMTP(EnumSet.of(Direction.OUTBOUND));

    private final Set<Direction> directions;

    MailboxKind(Set<Direction> directions) {
        this.directions = Set.copyOf(directions);
    }

    public boolean serves(Direction direction) {
        return directions.contains(direction);
    }

    /** The kinds the Add Mailbox menu and the form offer for a direction, in the menu's order. */
    public static List<MailboxKind> forDirection(Direction direction) {
        return EnumSet.allOf(MailboxKind.class).stream().filter(kind -> kind.serves(direction)).toList();
    }

    /** The kind of a mail server entry's protocol. */
    public static MailboxKind of(Protocol protocol) {
        return switch (protocol) {
            case POP3 -> POP3;
            case IMAP -> IMAP;
            case SMTP -> SMTP;
        };
    }

    /** POP3, IMAP and SMTP connect to a mail server entry; EWS and Graph are web APIs reached over HTTPS. */
    public boolean usesMailServer() {
        return this == POP3 || this == IMAP || this == SMTP;
    }

    /** Graph signs in with the app's client secret, which belongs to the app registration: the mailbox has no password. */
    public boolean hasPassword() {
        return this != GRAPH;
    }
}
