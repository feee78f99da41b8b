package org.mailroom.domain;

/** One broken rule: the form field it concerns and the rule in words an admin understands. */
public record Violation(String field, String rule) {

    /** "Mailbox Name: at most 40 characters, letters, digits and @ _ . only". */
    public String message() {
        return field + ": " + rule;
    }

    @Override
    public String toString() {
        return message();
    }
}
