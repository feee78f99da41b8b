package org.mailroom.check.rules;

import java.util.HashSet;
import java.util.Set;
import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Severity;
import org.mailroom.oauth.StoredRegistration;

/** A registration no mailbox signs in with is not part of any migration request. */
public final class UnusedRegistration extends Rule {

    public UnusedRegistration() {
        super("unusedRegistration", Severity.INFO);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        Set<Long> used = new HashSet<>();
        for (Mailbox mailbox : workspace.mailboxes()) {
            workspace.oauthLink(mailbox).ifPresent(link -> used.add(link.registrationId()));
        }
        for (StoredRegistration stored : workspace.content().registrations()) {
            if (!used.contains(stored.id())) {
                reporter.report(ItemRef.of(stored), ItemRef.of(stored).displayName());
            }
        }
    }
}
