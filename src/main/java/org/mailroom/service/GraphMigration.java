package org.mailroom.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailroom.check.CheckReport;
import org.mailroom.check.ConfigurationCheck;
import org.mailroom.check.Finding;
import org.mailroom.check.ItemKind;
import org.mailroom.check.ItemRef;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.MigrationRequest;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;

/**
 * The migration assistant's use cases: which mailboxes can move to Microsoft Graph (and which the check flags),
 * what moving them changes, and the move itself in one transaction with the updated migration request.
 */
public final class GraphMigration {

    /** Findings that make a mailbox one to move: EWS in Exchange Online, an EWS registration, basic SMTP AUTH. */
    static final Set<String> FLAGGING_RULES = Set.of("ewsMailbox", "ewsRetirement", "smtpBasicAuth");

    /** What the assistant offers: the mailboxes that can move, those the check flags, the client-credentials apps. */
    public record Choices(List<Mailbox> movable, Set<Long> flagged, List<StoredRegistration> apps) {
    }

    /** The move as committed: the plan it followed and the registration's migration request now. */
    public record Moved(MigrationPlan plan, MigrationRequest request) {
    }

    private final WorkspaceDatabase database;
    private final MailboxStore mailboxes;
    private final OAuthStore oauth;
    private final WorkspaceReader reader;
    private final ConfigurationCheck check;
    private final WorkspaceEvents events;

    public GraphMigration(WorkspaceDatabase database, MailboxStore mailboxes, OAuthStore oauth, WorkspaceReader reader,
                          ConfigurationCheck check, WorkspaceEvents events) {
        this.database = database;
        this.mailboxes = mailboxes;
        this.oauth = oauth;
        this.reader = reader;
        this.check = check;
        this.events = events;
    }

    public Choices choices() {
        WorkspaceContent content = WorkspaceContent.read(database);
        CheckReport report = check.run(reader.checkInput());
        Set<Long> flaggedRegistrations = ids(report, ItemKind.REGISTRATION);
        Set<Long> flagged = ids(report, ItemKind.MAILBOX);
        content.oauthLinks().values().stream().filter(link -> flaggedRegistrations.contains(link.registrationId()))
                .map(OAuthLink::mailboxId).forEach(flagged::add);
        List<Mailbox> movable = content.mailboxes().stream().filter(MigrationPlanner::movable).toList();
        flagged.retainAll(movable.stream().map(Mailbox::id).collect(Collectors.toSet()));
        List<StoredRegistration> apps = content.registrations().stream()
                .filter(r -> r.registration() != null && r.registration().grant() == GrantType.CLIENT_CREDENTIALS).toList();
        return new Choices(movable, Set.copyOf(flagged), apps);
    }

    private static Set<Long> ids(CheckReport report, ItemKind kind) {
        return report.findings().stream().filter(f -> FLAGGING_RULES.contains(f.ruleId()))
                .map(Finding::item).filter(item -> item.kind() == kind).map(ItemRef::id)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** What moving these mailboxes through this registration would change; nothing is written. */
    public MigrationPlan preview(List<Long> mailboxIds, long registrationId) {
        return MigrationPlanner.plan(WorkspaceContent.read(database), mailboxIds, registrationId);
    }

    /**
     * Moves the mailboxes to Graph through the registration, all or none: each mailbox's endpoint, its link (test
     * mailbox marks as the plan shows them) and, when it lacks it, Graph among the registration's protocols. The plan
     * is worked out again inside the transaction, so what is applied is what the workspace holds now.
     *
     * @throws RuleViolationException with the blockers when the plan cannot be applied; nothing is changed then
     */
    public Moved apply(List<Long> mailboxIds, long registrationId) {
        Moved moved = database.inTransaction(() -> {
            MigrationPlan plan = preview(mailboxIds, registrationId);
            if (!plan.canApply()) {
                throw new RuleViolationException(plan.blockers());
            }
            if (plan.addsGraph()) {
                oauth.save(plan.registration().id(), plan.registration().registration());
            }
            Map<Long, Boolean> marks = plan.changes().stream()
                    .collect(Collectors.toMap(c -> c.before().id(), MigrationPlan.Change::testMailbox));
            for (MigrationPlan.Change change : plan.changes()) {
                Mailbox saved = mailboxes.update(change.after());
                oauth.link(saved, plan.registration(), marks.get(saved.id()));
            }
            return new Moved(plan, plan.request().orElseThrow());
        });
        events.changed();
        return moved;
    }
}
