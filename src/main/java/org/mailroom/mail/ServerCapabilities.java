package org.mailroom.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mailroom.domain.Protocol;

/**
 * What the server announced before login, read from the transcript: its greeting, its capabilities
 * (IMAP CAPABILITY, POP3 CAPA, SMTP EHLO), the login mechanisms it offers and, for SMTP, its SIZE limit.
 * Read from the transcript rather than from Angus so it is known after a failed login too.
 *
 * @param sizeLimitBytes SMTP SIZE; 0 when the server declares none
 */
public record ServerCapabilities(String greeting, List<String> capabilities, List<String> authMechanisms,
                                 long sizeLimitBytes) {

    public ServerCapabilities {
        capabilities = List.copyOf(capabilities);
        authMechanisms = List.copyOf(authMechanisms);
    }

    /** The last capability list before login counts: after STARTTLS servers often announce more. */
    static ServerCapabilities parse(Protocol protocol, List<String> lines) {
        return switch (protocol) {
            case IMAP -> imap(lines);
            case POP3 -> pop3(lines);
            case SMTP -> smtp(lines);
        };
    }

    private static ServerCapabilities imap(List<String> lines) {
        String greeting = first(lines, "* OK", "* PREAUTH", "* BYE");
        List<String> caps = List.of();
        for (String line : lines) {
            int bracket = line.toUpperCase(Locale.ROOT).indexOf("[CAPABILITY ");
            if (line.toUpperCase(Locale.ROOT).startsWith("* CAPABILITY ")) {
                caps = words(line.substring("* CAPABILITY ".length()));
            } else if (bracket >= 0 && line.indexOf(']', bracket) > 0) {
                caps = words(line.substring(bracket + "[CAPABILITY ".length(), line.indexOf(']', bracket)));
            }
        }
        List<String> mechanisms = new ArrayList<>();
        for (String cap : caps) {
            if (cap.toUpperCase(Locale.ROOT).startsWith("AUTH=")) {
                mechanisms.add(cap.substring("AUTH=".length()));
            }
        }
        return new ServerCapabilities(greeting, caps, mechanisms, 0);
    }

    private static ServerCapabilities pop3(List<String> lines) {
        String greeting = first(lines, "+OK", "-ERR");
        List<String> caps = List.of();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equalsIgnoreCase("CAPA") && i + 1 < lines.size() && lines.get(i + 1).startsWith("+OK")) {
                List<String> block = new ArrayList<>();
                for (int j = i + 2; j < lines.size() && !lines.get(j).equals("."); j++) {
                    block.add(lines.get(j));
                }
                caps = block;
            }
        }
        List<String> mechanisms = new ArrayList<>();
        for (String cap : caps) {
            if (cap.toUpperCase(Locale.ROOT).startsWith("SASL ")) {
                mechanisms.addAll(words(cap.substring("SASL ".length())));
            }
        }
        return new ServerCapabilities(greeting, caps, mechanisms, 0);
    }

    private static ServerCapabilities smtp(List<String> lines) {
        String greeting = first(lines, "220");
        List<String> caps = new ArrayList<>();
        List<String> mechanisms = new ArrayList<>();
        long size = 0;
        for (String line : lines) {
            if (line.toUpperCase(Locale.ROOT).startsWith("EHLO ")) {
                caps.clear();
                mechanisms.clear();
                size = 0;
            } else if (line.length() > 4 && line.startsWith("250") && (line.charAt(3) == '-' || line.charAt(3) == ' ')) {
                String extension = line.substring(4).strip();
                caps.add(extension);
                String upper = extension.toUpperCase(Locale.ROOT);
                if (upper.startsWith("AUTH ") || upper.startsWith("AUTH=")) {
                    words(extension.substring(5)).stream().filter(m -> !mechanisms.contains(m)).forEach(mechanisms::add);
                } else if (upper.startsWith("SIZE ")) {
                    size = parseSize(extension.substring(5).strip());
                }
            }
        }
        // the first 250 line is the server's name, not an extension
        if (!caps.isEmpty()) {
            caps.remove(0);
        }
        return new ServerCapabilities(greeting, caps, mechanisms, size);
    }

    private static long parseSize(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String first(List<String> lines, String... prefixes) {
        for (String line : lines) {
            for (String prefix : prefixes) {
                if (line.toUpperCase(Locale.ROOT).startsWith(prefix)) {
                    return line;
                }
            }
        }
        return null;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }
}
