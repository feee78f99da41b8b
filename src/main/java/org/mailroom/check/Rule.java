package org.mailroom.check;

import org.mailroom.domain.Severity;
import org.mailroom.text.Text;

/**
 * One rule of the configuration check. Its texts live in the bundle under {@code check.rule.<id>.}:
 * {@code description} (for the catalogue), {@code message} and {@code fix} (for each finding, both formatted
 * with the arguments the rule reports). A new rule is a subclass plus one line in {@link RuleCatalogue}.
 */
public abstract class Rule {

    static final String KEY_PREFIX = "check.rule.";

    private final String id;
    private final Severity severity;

    /** @param id camelCase, unique in the catalogue; it is part of the bundle keys */
    protected Rule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    public final String id() {
        return id;
    }

    public final Severity severity() {
        return severity;
    }

    /** What the rule checks, in one line. */
    public final String description() {
        return Text.get(KEY_PREFIX + id + ".description", descriptionArguments());
    }

    /** What the description's placeholders say, e.g. a date from {@code Retirement}; none by default. */
    protected Object[] descriptionArguments() {
        return new Object[0];
    }

    /** Reports every item that breaks the rule; must stay linear in the size of the workspace. */
    public abstract void check(CheckContext workspace, Reporter reporter);

    @Override
    public String toString() {
        return id;
    }
}
