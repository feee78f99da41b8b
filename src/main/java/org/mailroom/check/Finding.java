package org.mailroom.check;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.mailroom.domain.Severity;
import org.mailroom.text.Text;

/**
 * One problem the check found. The texts are formatted when asked for, not when found: a workspace of 10,000
 * untested mailboxes yields 10,000 findings, and the UI shows a screenful of them (formatting them all would
 * take most of the check's time).
 *
 * @param ruleId    the rule's id in the catalogue, e.g. {@code noOutbound}
 * @param item      what to select to see the problem
 * @param arguments what the rule's message and fix patterns are filled with
 */
public record Finding(String ruleId, Severity severity, ItemRef item, List<Object> arguments) {

    public Finding {
        arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    /** What is wrong, naming the item. */
    public String message() {
        return text("message");
    }

    /** What to do about it, in one sentence. */
    public String fix() {
        return text("fix");
    }

    /** As every text: a pattern only when it has placeholders ("the app's manifest" keeps its apostrophe). */
    private String text(String which) {
        return Text.get(Rule.KEY_PREFIX + ruleId + "." + which, arguments.toArray());
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " " + item.label() + ": " + message();
    }
}
