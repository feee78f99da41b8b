package org.mailroom.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when something would break a rule of the specification; nothing has been changed. */
public class RuleViolationException extends RuntimeException implements AdminMessage {

    private final transient List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining("\n")));
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Throws for one violation; handy with {@code Optional.ifPresent}. */
    public static void throwFor(Violation violation) {
        throw new RuleViolationException(violation);
    }

    /** Throws when the list holds at least one violation. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }
}
