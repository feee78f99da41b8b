package org.mailroom.domain;

import java.util.ArrayList;
import java.util.List;

/** A POP3, IMAP, EWS or Graph mailbox the E-mail Server reads incoming customer mail from. */
public record InboundMailbox(long id, String name, int maxSizeMb, String login, Endpoint endpoint)
        implements Mailbox {

    public InboundMailbox {
        List<Violation> violations = new ArrayList<>();
        MailboxRules.checkName(name).ifPresent(violations::add);
        MailboxRules.checkMaxSize(maxSizeMb).ifPresent(violations::add);
        MailboxRules.checkLogin(login, endpoint).ifPresent(violations::add);
        MailboxRules.checkEndpoint(endpoint, Direction.INBOUND).ifPresent(violations::add);
        RuleViolationException.throwIfAny(violations);
    }

    public static InboundMailbox draft(String name, int maxSizeMb, String login, Endpoint endpoint) {
        return new InboundMailbox(0, name, maxSizeMb, login, endpoint);
    }

    @Override
    public Direction direction() {
        return Direction.INBOUND;
    }

    @Override
    public InboundMailbox withId(long newId) {
        return new InboundMailbox(newId, name, maxSizeMb, login, endpoint);
    }

    @Override
    public InboundMailbox withEndpoint(Endpoint other) {
        return new InboundMailbox(id, name, maxSizeMb, login, other);
    }
}
