package org.mailroom.mail;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mailroom.domain.Protocol;

/**
 * What the first line a server sent says about it, from the transcript: which protocol speaks on the port (POP3,
 * IMAP, SMTP, SSH, HTTP) and whether the server turned the client away in its greeting (SMTP 554/421, IMAP
 * {@code * BYE}, POP3 {@code -ERR}). Servers speak first in all three mail protocols, so that line is the greeting.
 */
final class ServerGreeting {

    private static final Pattern SMTP_REPLY = Pattern.compile("^\\d{3}([ -].*)?$");

    /** @param speaker the protocol (or "SSH", "HTTP") the greeting belongs to; @param line the greeting itself */
    record Seen(String speaker, String line) {
    }

    private ServerGreeting() {
    }

    static Optional<Seen> of(List<String> transcript) {
        for (String line : transcript) {
            if (line.startsWith("DEBUG") || line.isBlank()) {
                continue; // Angus' own notes
            }
            return Optional.of(new Seen(speaker(line), line.strip()));
        }
        return Optional.empty();
    }

    private static String speaker(String line) {
        if (line.startsWith("+OK") || line.startsWith("-ERR")) {
            return Protocol.POP3.name();
        }
        if (line.startsWith("* OK") || line.startsWith("* PREAUTH") || line.startsWith("* BYE")) {
            return Protocol.IMAP.name();
        }
        if (line.startsWith("SSH-")) {
            return "SSH";
        }
        if (line.startsWith("HTTP/")) {
            return "HTTP";
        }
        return SMTP_REPLY.matcher(line).matches() ? Protocol.SMTP.name() : null;
    }

    /** Another protocol's greeting: the port belongs to another service. */
    static boolean otherProtocol(Seen seen, Protocol expected) {
        return seen.speaker() != null && !seen.speaker().equals(expected.name());
    }

    /** The right protocol, but the greeting itself refuses the client (before any command was sent). */
    static boolean turnedAway(Seen seen, Protocol expected) {
        String line = seen.line();
        return switch (expected) {
            case IMAP -> line.startsWith("* BYE");
            case POP3 -> line.startsWith("-ERR");
            case SMTP -> line.startsWith("554") || line.startsWith("421");
        };
    }
}
