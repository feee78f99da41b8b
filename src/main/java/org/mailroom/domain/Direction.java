package org.mailroom.domain;

/** Whether a mailbox receives mail for the contact center or sends the agents' replies. */
public enum Direction {
    INBOUND, OUTBOUND
}
