package org.mailroom.history;

import org.mailroom.text.Text;

/** The kinds of item the history records and a comparison lists, in the order a report shows them. */
public enum ItemType {
    MAIL_SERVER,
    MAILBOX,
    APPLICATION,
    FOLDER,
    ATTRIBUTE,
    FROM_ADDRESS,
    REGISTRATION,
    SETTING;

    /** What the kind is called on screen ("Mailbox"). */
    public String label() {
        return Text.of(this);
    }
}
