package org.mailroom.check.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Severity;
import org.mailroom.oauth.MailboxChecklist;
import org.mailroom.oauth.StoredRegistration;

/**
 * What the admin must do outside Mailroom (consent, service principal, FullAccess or a role assignment, Send As, the
 * mailbox settings) and has not ticked as done in the OAuth wizard: nothing here can verify it, so until ticked it is
 * a finding before go-live.
 */
public final class ChecklistUnticked extends Rule {

    /** Items named in the message; the rest are counted. */
    private static final int NAMED = 4;

    public ChecklistUnticked() {
        super("checklistUnticked", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (StoredRegistration stored : workspace.content().registrations()) {
            if (stored.registration() == null || stored.registration().grant() == null) {
                continue;
            }
            List<Mailbox> signingIn = workspace.mailboxes().stream()
                    .filter(m -> workspace.oauthLink(m).filter(link -> link.registrationId() == stored.id()).isPresent()).toList();
            if (signingIn.isEmpty()) {
                continue; // an unused registration is its own finding
            }
            var ticked = workspace.notesOf(stored.id()).ticked();
            List<MailboxChecklist.Item> open = MailboxChecklist.forRegistration(stored.registration(), signingIn, null).stream()
                    .filter(item -> !ticked.contains(item.tickKey())).toList();
            if (!open.isEmpty()) {
                String named = open.stream().limit(NAMED)
                        .map(item -> item.mailbox().isEmpty() ? item.text() : item.mailbox() + ": " + item.text())
                        .collect(Collectors.joining(" "));
                reporter.report(ItemRef.of(stored), ItemRef.of(stored).displayName(), open.size(), named, open.size() - NAMED);
            }
        }
    }
}
