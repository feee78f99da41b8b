package org.mailroom.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.mailroom.text.Text;

/**
 * One broken rule: the field it concerns, the rule's bundle key and what the rule's text is filled with. It is
 * put in words only where an admin reads it (a form, a dialog, the command line, an exception's message), so
 * code places a violation by its {@link #field()}, never by its label.
 *
 * @param field     the field the rule concerns
 * @param item      the name of the item a refusal concerns as a whole (the mailbox that cannot be deleted),
 *                  shown in place of the field's label; null when the rule is the field's own
 * @param ruleKey   the bundle key of the rule in words, e.g. {@code rule.maxSize}
 * @param arguments what the rule's {@code {0}}-style placeholders are filled with
 */
public record Violation(Field field, String item, String ruleKey, List<Object> arguments) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(ruleKey, "ruleKey");
        arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    /** A value of {@code field} breaks the rule. */
    public static Violation of(Field field, String ruleKey, Object... arguments) {
        return new Violation(field, null, ruleKey, Arrays.asList(arguments));
    }

    /** The item named {@code item} as a whole breaks the rule, e.g. it is in use and cannot be deleted. */
    public static Violation about(String item, Field field, String ruleKey, Object... arguments) {
        return new Violation(field, item, ruleKey, Arrays.asList(arguments));
    }

    /** The same rule broken in another field: a value's Name is checked as a From Address. */
    public Violation onField(Field other) {
        return new Violation(other, item, ruleKey, arguments);
    }

    /** "Mailbox Name", or the item's name when the rule concerns the item as a whole. */
    public String fieldLabel() {
        return item != null ? item : field.label();
    }

    /** "at most 40 characters, letters, digits and @ _ . only". */
    public String ruleText() {
        return Text.get(ruleKey, arguments.toArray());
    }

    /** "Mailbox Name: at most 40 characters, letters, digits and @ _ . only". */
    public String message() {
        return fieldLabel() + ": " + ruleText();
    }

    @Override
    public String toString() {
        return message();
    }
}
