package org.mailroom.oauth;

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

    public static OAuthProtocol of(Protocol protocol) {
        return switch (protocol) {
            case IMAP -> IMAP;
            case POP3 -> POP3;
            case SMTP -> SMTP;
        };
    }
}
