package org.mailroom.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The one mailbox agents' replies are sent through, over SMTP or Microsoft Graph; its name is always {@value #NAME}.
 */
public record OutboundMailbox(long id, String fromAddress, String login, Endpoint endpoint) implements Mailbox {

    public static final String NAME = "smtp-client";

    public OutboundMailbox {
        List<Violation> violations = new ArrayList<>();
        MailboxRules.checkFromAddress(fromAddress).ifPresent(violations::add);
        MailboxRules.checkLogin(login, endpoint).ifPresent(violations::add);
        MailboxRules.checkEndpoint(endpoint, Direction.OUTBOUND).ifPresent(violations::add);
        RuleViolationException.throwIfAny(violations);
        fromAddress = fromAddress.strip();
    }

    public static OutboundMailbox draft(String fromAddress, String login, Endpoint endpoint) {
        return new OutboundMailbox(0, fromAddress, login, endpoint);
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
        return new OutboundMailbox(newId, fromAddress, login, endpoint);
    }

    @Override
    public OutboundMailbox withEndpoint(Endpoint other) {
        return new OutboundMailbox(id, fromAddress, login, other);
    }
}
