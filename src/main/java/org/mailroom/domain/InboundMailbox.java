package org.mailroom.domain;

import java.util.ArrayList;
import java.util.List;

/** A POP3 or IMAP mailbox the E-mail Server reads incoming customer mail from. */
public record InboundMailbox(long id, String name, int maxSizeMb, String login, MailServer server)
        implements Mailbox {

    public InboundMailbox {
        List<Violation> violations = new ArrayList<>();
        MailboxRules.checkName(name).ifPresent(violations::add);
        MailboxRules.checkMaxSize(maxSizeMb).ifPresent(violations::add);
        MailboxRules.checkLogin(login).ifPresent(violations::add);
        MailboxRules.checkServer(server, Direction.INBOUND).ifPresent(violations::add);
        RuleViolationException.throwIfAny(violations);
    }

    public static InboundMailbox draft(String name, int maxSizeMb, String login, MailServer server) {
        return new InboundMailbox(0, name, maxSizeMb, login, server);
    }

    @Override
    public Direction direction() {
        return Direction.INBOUND;
    }

    @Override
    public InboundMailbox withId(long newId) {
        return new InboundMailbox(newId, name, maxSizeMb, login, server);
    }
}
