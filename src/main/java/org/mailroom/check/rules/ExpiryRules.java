package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ExpiryRegister;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Severity;

/** The expiry register's dates: an error once passed, a warning {@link ExpiryRegister#WARN_DAYS} days ahead. */
public abstract class ExpiryRules extends Rule {

    private final ExpiryRegister.Kind kind;

    ExpiryRules(String id, ExpiryRegister.Kind kind) {
        super(id, Severity.ERROR);
        this.kind = kind;
    }

    @Override
    public final void check(CheckContext workspace, Reporter reporter) {
        for (ExpiryRegister.Entry entry : ExpiryRegister.of(workspace)) {
            long days = entry.daysLeft(workspace.today());
            if (entry.kind() != kind || days > ExpiryRegister.WARN_DAYS) {
                continue;
            }
            // 0: expired, 1: expires within the warning time (choice in the message)
            reporter.reportAs(days < 0 ? Severity.ERROR : Severity.WARNING, entry.item(), entry.what(), entry.expires().toString(),
                    days < 0 ? 0 : 1, Math.abs(days));
        }
    }
}
