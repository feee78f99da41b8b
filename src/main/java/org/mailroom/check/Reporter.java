package org.mailroom.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mailroom.domain.Severity;

/** Collects the findings of the rule being run, stamping each with the rule's id and severity. */
public final class Reporter {

    private final List<Finding> findings = new ArrayList<>();
    private Rule rule;

    Reporter() {
    }

    void startRule(Rule current) {
        rule = current;
    }

    /** A finding of the current rule about {@code item}; {@code args} fill {0}, {1}... of its message and fix. */
    public void report(ItemRef item, Object... args) {
        findings.add(new Finding(rule.id(), rule.severity(), item, Arrays.asList(args)));
    }

    /** A finding of the current rule at another severity than its usual one, e.g. once a retirement date has passed. */
    public void reportAs(Severity severity, ItemRef item, Object... args) {
        findings.add(new Finding(rule.id(), severity, item, Arrays.asList(args)));
    }

    List<Finding> findings() {
        return findings;
    }
}
