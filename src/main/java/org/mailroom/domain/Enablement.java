package org.mailroom.domain;

/**
 * Derives whether a mailbox is enabled. The state is never stored: a mailbox is enabled exactly when
 * the Digital application it is assigned to has its stream enabled, so it is computed from the
 * assignments whenever it is needed.
 */
@FunctionalInterface
public interface Enablement {

    /** A workspace without Digital applications: every mailbox is disabled, as it is when created. */
    Enablement WITHOUT_APPLICATIONS = mailbox -> MailboxState.DISABLED;

    MailboxState stateOf(Mailbox mailbox);
}
