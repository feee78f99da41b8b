package org.mailroom.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every rule of the catalogue over a workspace. Plain Java and fast (linear in the workspace), so the
 * UI may re-run it on each change; safe to call from any thread, one run at a time per instance or not.
 */
public final class ConfigurationCheck {

    private final Clock clock;
    private final List<Rule> rules;

    /** @param clock gives today's date, which decides what retirement findings say */
    public ConfigurationCheck(Clock clock) {
        this(clock, RuleCatalogue.rules());
    }

    ConfigurationCheck(Clock clock, List<Rule> rules) {
        this.clock = clock;
        this.rules = List.copyOf(rules);
    }

    public CheckReport run(CheckInput input) {
        CheckContext context = new CheckContext(input, LocalDate.now(clock));
        Reporter reporter = new Reporter();
        for (Rule rule : rules) {
            reporter.startRule(rule);
            rule.check(context, reporter);
        }
        // errors first; within one severity, findings keep catalogue order and then workspace order
        List<Finding> sorted = new ArrayList<>(reporter.findings().size());
        for (Severity severity : Severity.values()) {
            for (Finding finding : reporter.findings()) {
                if (finding.severity() == severity) {
                    sorted.add(finding);
                }
            }
        }
        return CheckReport.of(sorted);
    }
}
