package org.mailroom.check;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mailroom.text.Text;

/**
 * Collects one rule's findings, filling in the rule's id, severity, message and fix. Each pattern is parsed
 * once per run: a workspace of 10,000 untested mailboxes yields 10,000 findings.
 */
public final class Reporter {

    private final Map<String, MessageFormat> formats = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private Rule rule;

    Reporter() {
    }

    void startRule(Rule current) {
        rule = current;
    }

    /** A finding of the current rule about {@code item}; {@code args} fill {0}, {1}... of its message and fix. */
    public void report(ItemRef item, Object... args) {
        String prefix = Rule.KEY_PREFIX + rule.id();
        findings.add(new Finding(rule.id(), rule.severity(), item, format(prefix + ".message", args),
                format(prefix + ".fix", args)));
    }

    List<Finding> findings() {
        return findings;
    }

    private String format(String key, Object[] args) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(Text.bundle().getString(k))).format(args);
    }
}
