package org.mailroom.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The Digital applications of the workspace and which mailbox is assigned to which: the one source
 * of a mailbox's state. A mailbox is enabled exactly when its application's stream is enabled.
 *
 * @param byId applications by id
 * @param applicationOfMailbox application id by mailbox id, for assigned mailboxes only
 */
public record Applications(Map<Long, DigitalApplication> byId, Map<Long, Long> applicationOfMailbox)
        implements Enablement {

    public static final Applications NONE = new Applications(Map.of(), Map.of());

    public Applications {
        byId = Map.copyOf(byId);
        applicationOfMailbox = Map.copyOf(applicationOfMailbox);
    }

    public Optional<DigitalApplication> applicationOf(Mailbox mailbox) {
        return Optional.ofNullable(applicationOfMailbox.get(mailbox.id())).map(byId::get);
    }

    @Override
    public MailboxState stateOf(Mailbox mailbox) {
        return applicationOf(mailbox).filter(DigitalApplication::streamEnabled).isPresent()
                ? MailboxState.ENABLED
                : MailboxState.DISABLED;
    }
}
