package org.mailroom.ui.mailboxes;

/** One label/value line of the details panel. */
public record DetailRow(String label, String value) {
}
