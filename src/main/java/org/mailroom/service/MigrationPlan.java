package org.mailroom.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Violation;
import org.mailroom.oauth.MigrationRequest;
import org.mailroom.oauth.PowerShellLine;
import org.mailroom.oauth.StoredRegistration;

/**
 * What moving mailboxes to Microsoft Graph changes, before anything is changed: per mailbox its kind, endpoint,
 * grant, permissions and E-mail Server options before and after; for all of them the PowerShell (RBAC for
 * Applications) and the migration request for Genesys Customer Care as it will read. A plan with blockers is
 * shown, never applied.
 *
 * @param registration the client-credentials app the mailboxes will sign in through
 * @param addsGraph    the registration does not list Graph yet: applying adds it to its protocols
 * @param request      the migration request after the move; empty while blockers stand
 * @param blockers     what keeps the plan from being applied, each naming the mailbox or the registration
 */
public record MigrationPlan(StoredRegistration registration, boolean addsGraph, List<Change> changes,
                            List<PowerShellLine> powerShell, Optional<MigrationRequest> request, List<Violation> blockers) {

    public MigrationPlan {
        changes = List.copyOf(changes);
        powerShell = List.copyOf(powerShell);
        blockers = List.copyOf(blockers);
    }

    /**
     * One mailbox before and after.
     *
     * @param after          null when the mailbox cannot move (its blocker says why)
     * @param signInBefore   how it signs in now, in words
     * @param permission     the Graph application permission and RBAC role it needs: Mail.ReadWrite to read, Mail.Send to send
     * @param optionsBefore  its E-mail Server section today; {@code optionsAfter} once moved (empty when it cannot move)
     * @param testMailbox    whether the request marks it as the test mailbox
     */
    public record Change(Mailbox before, Mailbox after, String signInBefore, String permission, Map<String, String> optionsBefore,
                         Map<String, String> optionsAfter, boolean testMailbox) {
    }

    public boolean canApply() {
        return blockers.isEmpty() && !changes.isEmpty();
    }
}
