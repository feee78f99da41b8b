package org.mailroom.oauth;

import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.Protocol;

/**
 * What E-mail Server reaches Exchange Online with. Wider than {@link Protocol} because EWS and Microsoft
 * Graph are web APIs, not mail protocols a mailbox server entry has.
 */
public enum OAuthProtocol {
    IMAP,
    POP3,
    EWS,
    SMTP,
    GRAPH;

    /** What a mailbox of this kind reaches Exchange Online with. */
    public static OAuthProtocol of(MailboxKind kind) {
        return switch (kind) {
            case IMAP -> IMAP;
            case POP3 -> POP3;
            case SMTP -> SMTP;
            case EWS -> EWS;
            case GRAPH -> GRAPH;
        };
    }

    public static OAuthProtocol of(Protocol protocol) {
        return switch (protocol) {
            case IMAP -> IMAP;
            case POP3 -> POP3;
            case SMTP -> SMTP;
        };
    }
}
