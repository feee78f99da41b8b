package org.mailroom.domain;

import java.util.Optional;

/**
 * A Digital application as built in Designer: its stream enabled or disabled. Mailboxes assigned to
 * it are enabled exactly while its stream is.
 *
 * @param id 0 until stored
 */
public record DigitalApplication(long id, String name, boolean streamEnabled) {

    public static final int MAX_NAME_LENGTH = 64;

    /** The name is kept as {@link Names#normalize} shows it (a stored name from before the rule loses invisible characters). */
    public DigitalApplication {
        name = name == null ? null : Names.normalize(name);
        checkName(name).ifPresent(RuleViolationException::throwFor);
    }

    public static DigitalApplication draft(String name) {
        return new DigitalApplication(0, name, false);
    }

    public static Optional<Violation> checkName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(Violation.of(Field.APPLICATION_NAME, "rule.required"));
        }
        Optional<Violation> lookAlike = Names.checkCharacters(name, Field.APPLICATION_NAME);
        if (lookAlike.isPresent()) {
            return lookAlike;
        }
        boolean printable = name.codePoints().noneMatch(Character::isISOControl);
        return printable && Names.normalize(name).length() <= MAX_NAME_LENGTH
                ? Optional.empty()
                : Optional.of(Violation.of(Field.APPLICATION_NAME, "rule.applicationName"));
    }

    public DigitalApplication withId(long newId) {
        return new DigitalApplication(newId, name, streamEnabled);
    }

    public DigitalApplication renamed(String newName) {
        return new DigitalApplication(id, newName, streamEnabled);
    }

    public DigitalApplication withStream(boolean enabled) {
        return new DigitalApplication(id, name, enabled);
    }

    @Override
    public String toString() {
        return name;
    }
}
