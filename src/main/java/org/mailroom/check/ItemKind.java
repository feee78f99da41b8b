package org.mailroom.check;

/** What kind of item a finding concerns, so a view can switch to the screen that shows it. */
public enum ItemKind {
    MAILBOX("check.item.mailbox"),
    MAIL_SERVER("check.item.server"),
    APPLICATION("check.item.application"),
    REGISTRATION("check.item.registration"),
    FROM_ADDRESS("check.item.fromAddress"),
    WORKSPACE("check.item.workspace");

    private final String labelKey;

    ItemKind(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The bundle key of an item's label, e.g. "Mailbox {0}". */
    String labelKey() {
        return labelKey;
    }
}
