package org.mailroom.ui.migration;

import java.util.Map;
import java.util.stream.Collectors;
import org.mailroom.domain.Violation;
import org.mailroom.io.EmailServerOptions;
import org.mailroom.oauth.PowerShellLine;
import org.mailroom.service.MigrationPlan;
import org.mailroom.text.Text;

/** A migration plan in plain words, mailbox by mailbox, as the assistant's "What changes" shows it. */
final class PlanText {

    private PlanText() {
    }

    static String describe(MigrationPlan plan) {
        StringBuilder text = new StringBuilder();
        if (!plan.blockers().isEmpty()) {
            text.append(Text.get("migration.blockers")).append('\n');
            plan.blockers().stream().map(Violation::message).forEach(line -> text.append("  \u2022 ").append(line).append('\n'));
            text.append('\n');
        }
        if (plan.addsGraph() && plan.registration() != null) {
            text.append(Text.get("migration.change.addsGraph", plan.registration().name())).append("\n\n");
        }
        for (MigrationPlan.Change change : plan.changes()) {
            if (change.after() == null) {
                continue; // its blocker says why above
            }
            text.append(Text.get("migration.change.header", change.before().name(), Text.of(change.before().kind()))).append('\n');
            line(text, Text.get("migration.change.kind", Text.of(change.before().kind())));
            line(text, Text.get("migration.change.endpoint", change.before().endpoint().address(), change.after().endpoint().address()));
            line(text, Text.get("migration.change.signIn", change.signInBefore(), plan.registration().name()));
            line(text, Text.get("migration.change.permission", change.permission()));
            if (change.testMailbox()) {
                line(text, Text.get("migration.change.test"));
            }
            line(text, Text.get("migration.change.optionsBefore", sectionOf(change)));
            text.append(options(change.optionsBefore()));
            line(text, Text.get("migration.change.optionsAfter"));
            text.append(options(change.optionsAfter())).append('\n');
        }
        if (!plan.powerShell().isEmpty() && plan.changes().stream().anyMatch(c -> c.after() != null)) {
            text.append(Text.get("migration.change.powershell")).append('\n');
            for (PowerShellLine line : plan.powerShell()) {
                text.append("  # ").append(line.note()).append('\n');
                if (!line.command().isEmpty()) {
                    text.append("  ").append(line.command()).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String sectionOf(MigrationPlan.Change change) {
        return EmailServerOptions.sectionName(change.before());
    }

    private static void line(StringBuilder text, String line) {
        text.append("  ").append(line).append('\n');
    }

    private static String options(Map<String, String> options) {
        return options.entrySet().stream().map(e -> "      " + e.getKey() + "=" + e.getValue() + "\n").collect(Collectors.joining());
    }
}
