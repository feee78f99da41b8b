package org.mailroom.domain;

import java.util.ArrayList;
import java.util.List;

/** The one SMTP mailbox agents' replies are sent through; its name is always {@value #NAME}. */
public record OutboundMailbox(long id, String fromAddress, String login, MailServer server) implements Mailbox {

    public static final String NAME = "smtp-client";

    public OutboundMailbox {
        List<Violation> violations = new ArrayList<>();
        MailboxRules.checkFromAddress(fromAddress).ifPresent(violations::add);
        MailboxRules.checkLogin(login).ifPresent(violations::add);
        MailboxRules.checkServer(server, Direction.OUTBOUND).ifPresent(violations::add);
        RuleViolationException.throwIfAny(violations);
        fromAddress = fromAddress.strip();
    }

    public static OutboundMailbox draft(String fromAddress, String login, MailServer server) {
        return new OutboundMailbox(0, fromAddress, login, server);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Direction direction() {
        return Direction.OUTBOUND;
    }

    @Override
    public OutboundMailbox withId(long newId) {
        return new OutboundMailbox(newId, fromAddress, login, server);
    }
}
