package org.mailroom.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mailroom.check.ExchangeOnline;
import org.mailroom.domain.Field;
import org.mailroom.domain.GraphCloud;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.MailboxRules;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Violation;
import org.mailroom.io.EmailServerOptions;
import org.mailroom.oauth.AppOnlyMailbox;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.MigrationMailbox;
import org.mailroom.oauth.MigrationRequest;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.PowerShellLines;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.text.Text;

/**
 * Works out a {@link MigrationPlan} from the workspace as it is: plain values in, a plan out, nothing written.
 * Which mailboxes may move: EWS and IMAP mailboxes reading Exchange Online, and the outbound mailbox sending through
 * Exchange Online's SMTP (Graph sends for it); on-premises servers have no Graph to move to.
 */
final class MigrationPlanner {

    private MigrationPlanner() {
    }

    /** Whether the mailbox is one the assistant offers to move to Graph. */
    static boolean movable(Mailbox mailbox) {
        MailboxKind kind = mailbox.kind();
        boolean exchangeOnline = ExchangeOnline.isExchangeOnlineHost(mailbox.endpoint().host());
        return exchangeOnline && (kind == MailboxKind.EWS || kind == MailboxKind.IMAP || kind == MailboxKind.SMTP);
    }

    static MigrationPlan plan(WorkspaceContent content, List<Long> mailboxIds, long registrationId) {
        StoredRegistration app = content.registrations().stream().filter(r -> r.id() == registrationId && r.registration() != null)
                .findFirst().orElse(null);
        List<Violation> blockers = new ArrayList<>();
        if (app == null) {
            blockers.add(Violation.of(Field.REGISTRATION_NAME, "migration.blocker.noRegistration"));
            return new MigrationPlan(null, false, List.of(), List.of(), Optional.empty(), blockers);
        }
        AzureAppRegistration registration = app.registration();
        if (registration.grant() != GrantType.CLIENT_CREDENTIALS) {
            blockers.add(Violation.about(app.name(), Field.GRANT, "migration.blocker.grant"));
        }
        boolean addsGraph = !registration.protocols().contains(OAuthProtocol.GRAPH);
        Set<OAuthProtocol> protocols = EnumSet.of(OAuthProtocol.GRAPH);
        protocols.addAll(registration.protocols());
        StoredRegistration withGraph = new StoredRegistration(app.id(), new AzureAppRegistration(registration.name(),
                registration.clientId(), registration.tenant(), registration.cloud(), registration.accountType(), registration.grant(),
                protocols));
        if (mailboxIds.isEmpty()) {
            blockers.add(Violation.of(Field.MAILBOX_NAME, "migration.blocker.none"));
        }
        List<MigrationPlan.Change> changes = new ArrayList<>();
        Map<Long, Boolean> testMarks = testMarks(content, app, mailboxIds);
        for (long id : mailboxIds) {
            Optional<Mailbox> found = content.mailboxes().stream().filter(m -> m.id() == id).findFirst();
            if (found.isEmpty()) {
                blockers.add(Violation.of(Field.MAILBOX_NAME, "migration.blocker.gone"));
                continue;
            }
            Mailbox before = found.get();
            Mailbox after = moved(before, registration, blockers);
            changes.add(new MigrationPlan.Change(before, after, signIn(content, before), permission(before),
                    EmailServerOptions.options(before, linked(content, before), EmailServerOptions.Settings.withoutPasswords()),
                    after == null ? Map.of() : EmailServerOptions.options(after, Optional.of(withGraph),
                            EmailServerOptions.Settings.withoutPasswords()),
                    testMarks.getOrDefault(id, false)));
        }
        List<AppOnlyMailbox> appOnly = changes.stream().filter(c -> c.after() != null).map(c -> c.after() instanceof OutboundMailbox out
                ? AppOnlyMailbox.outbound(out.login(), out.fromAddress()) : AppOnlyMailbox.inbound(c.after().login())).toList();
        // the Graph part only: RBAC for Applications scoped to exactly these mailboxes
        AzureAppRegistration graphOnly = new AzureAppRegistration(registration.name(), registration.clientId(), registration.tenant(),
                registration.cloud(), registration.accountType(), GrantType.CLIENT_CREDENTIALS, Set.of(OAuthProtocol.GRAPH));
        Optional<MigrationRequest> request = blockers.isEmpty() ? Optional.of(request(content, withGraph, mailboxIds, testMarks))
                : Optional.empty();
        return new MigrationPlan(withGraph, addsGraph, changes,
                PowerShellLines.appOnlySetup(graphOnly, appOnly, null, null), request, blockers);
    }

    /** The mailbox on Graph in the registration's cloud, or null with the reason added to {@code blockers}. */
    private static Mailbox moved(Mailbox before, AzureAppRegistration registration, List<Violation> blockers) {
        if (!movable(before)) {
            blockers.add(Violation.about(before.name(), Field.KIND, "migration.blocker.notMovable", Text.of(before.kind())));
            return null;
        }
        if (MailboxRules.checkLogin(before.login(), MailboxKind.GRAPH).isPresent()) {
            blockers.add(Violation.about(before.name(), Field.LOGIN, "migration.blocker.login", before.login()));
            return null;
        }
        if (!registration.cloud().isOpen()) {
            blockers.add(Violation.about(registration.name(), Field.CLOUD, "rule.cloudClosed"));
            return null;
        }
        return before.withEndpoint(new GraphCloud(registration.cloud()));
    }

    /**
     * Test mailbox marks after the move: the registration's own marks stay; when none of its mailboxes is one, the
     * first mailbox moved becomes the test mailbox, as the spec has a test mailbox migrated first.
     */
    private static Map<Long, Boolean> testMarks(WorkspaceContent content, StoredRegistration app, List<Long> moving) {
        Map<Long, Boolean> marks = new LinkedHashMap<>();
        content.oauthLinks().values().stream().filter(link -> link.registrationId() == app.id())
                .forEach(link -> marks.put(link.mailboxId(), link.testMailbox()));
        moving.forEach(id -> marks.putIfAbsent(id, false));
        if (!moving.isEmpty() && !marks.containsValue(true)) {
            marks.put(moving.get(0), true);
        }
        return marks;
    }

    /** Every mailbox of the registration after the move, the moved ones included. */
    private static MigrationRequest request(WorkspaceContent content, StoredRegistration app, List<Long> moving,
                                            Map<Long, Boolean> marks) {
        List<MigrationMailbox> mailboxes = new ArrayList<>();
        for (Mailbox mailbox : content.mailboxes()) {
            OAuthLink link = content.oauthLinks().get(mailbox.id());
            if (moving.contains(mailbox.id()) || link != null && link.registrationId() == app.id()) {
                mailboxes.add(new MigrationMailbox(mailbox.name(), marks.getOrDefault(mailbox.id(), false)));
            }
        }
        return MigrationRequest.of(app.registration(), mailboxes);
    }

    private static Optional<StoredRegistration> linked(WorkspaceContent content, Mailbox mailbox) {
        OAuthLink link = content.oauthLinks().get(mailbox.id());
        return link == null ? Optional.empty()
                : content.registrations().stream().filter(r -> r.id() == link.registrationId() && r.registration() != null).findFirst();
    }

    private static String signIn(WorkspaceContent content, Mailbox mailbox) {
        return linked(content, mailbox).map(r -> Text.get(r.registration().grant() == GrantType.CLIENT_CREDENTIALS
                ? "migration.signIn.appOnly" : "migration.signIn.passwordGrant", r.name()))
                .orElse(Text.get("migration.signIn.password"));
    }

    private static String permission(Mailbox mailbox) {
        return Text.get(mailbox instanceof OutboundMailbox ? "migration.permission.send" : "migration.permission.read");
    }
}
