package org.mailroom.domain;

import java.util.Optional;
import org.mailroom.text.Text;

/**
 * What the team workspace dialog takes: a host name or IP address, a port, and PostgreSQL names for the database and
 * the user that a {@code postgresql://USER@HOST:PORT/DATABASE} reference can carry (PostgreSQL's own limit is 63
 * bytes; characters a reference gives a meaning to are refused rather than quoted).
 */
public final class TeamWorkspaceRules {

    private static final int MAX_NAME = 63;

    private TeamWorkspaceRules() {
    }

    /** The first problem among the fields, in the dialog's order, as a sentence; empty when all are fine. */
    public static Optional<String> problem(String host, String port, String database, String user, boolean passwordTyped) {
        if (HostNames.check(host).isPresent()) {
            return Optional.of(Text.get(host == null || host.isBlank() ? "team.rule.hostMissing" : "team.rule.host"));
        }
        if (!isPort(port)) {
            return Optional.of(Text.get("team.rule.port"));
        }
        Optional<String> databaseProblem = name(database, "team.field.database");
        if (databaseProblem.isPresent()) {
            return databaseProblem;
        }
        Optional<String> userProblem = name(user, "team.field.user");
        if (userProblem.isPresent()) {
            return userProblem;
        }
        return passwordTyped ? Optional.empty() : Optional.of(Text.get("team.rule.password"));
    }

    /** The port as a number; call once {@link #problem} found none. */
    public static int port(String port) {
        return Integer.parseInt(port.strip());
    }

    private static boolean isPort(String port) {
        try {
            int value = port(port == null ? "" : port);
            return value >= 1 && value <= 65535;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<String> name(String value, String fieldKey) {
        String field = Text.get(fieldKey);
        if (value == null || value.isBlank()) {
            return Optional.of(Text.get("team.rule.nameMissing", field));
        }
        if (value.length() > MAX_NAME) {
            return Optional.of(Text.get("team.rule.nameLong", field, MAX_NAME));
        }
        for (char c : value.toCharArray()) {
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
                return Optional.of(Text.get("team.rule.nameCharacter", field, String.valueOf(c)));
            }
        }
        return Optional.empty();
    }
}
