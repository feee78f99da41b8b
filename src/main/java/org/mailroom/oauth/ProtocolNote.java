package org.mailroom.oauth;

import org.mailroom.domain.Severity;

/** A sentence the wizard shows next to the protocol and grant choice; {@code key} lets tests and UI tell them apart. */
public record ProtocolNote(Severity severity, String key, String text) {
}
