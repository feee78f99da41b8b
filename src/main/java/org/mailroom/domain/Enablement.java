package org.mailroom.domain;

/**
 * Derives whether a mailbox is enabled. The state is never stored: a mailbox is enabled exactly when
 * the Digital application it is assigned to has its stream enabled, so it is computed from the
 * assignments whenever it is needed (see {@link Applications}).
 */
@FunctionalInterface
public interface Enablement {

    MailboxState stateOf(Mailbox mailbox);
}
