package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Severity;

/** Disabling an application's stream disables its mailboxes. */
public final class DisabledStream extends Rule {

    public DisabledStream() {
        super("streamDisabled", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (Mailbox mailbox : workspace.mailboxes()) {
            workspace.applicationOf(mailbox)
                    .filter(application -> !application.streamEnabled())
                    .map(DigitalApplication::name)
                    .ifPresent(application -> reporter.report(ItemRef.of(mailbox), mailbox.name(), application));
        }
    }
}
