package org.mailroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.check.ConfigurationCheck;
import org.mailroom.domain.Cloud;
import org.mailroom.domain.EwsEndpoint;
import org.mailroom.domain.GraphCloud;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.io.WorkspaceExporter;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.MigrationRequest;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.Workspaces;

/** The migration assistant's use cases against a real workspace: what moving to Graph changes, and the move in one step. */
@ExtendWith(WorkspaceExtension.class)
class GraphMigrationTest {

    private static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    private TempWorkspace workspace;
    private GraphMigration migration;
    private final AtomicInteger changes = new AtomicInteger();
    private Mailbox ews;
    private Mailbox imap;
    private Mailbox smtp;
    private StoredRegistration appOnly;
    private StoredRegistration delegated;

    @BeforeEach
    void fill(TempWorkspace workspace) {
        this.workspace = workspace;
        WorkspaceEvents events = new WorkspaceEvents();
        events.subscribe(change -> changes.incrementAndGet());
        migration = new GraphMigration(workspace.database(), workspace.mailboxes(), workspace.oauth(),
                new WorkspaceReader(workspace.database(), workspace.mailboxes(), workspace.servers(), workspace.applications(),
                        workspace.attributes(), workspace.testResults(), workspace.oauth()),
                new ConfigurationCheck(NOVEMBER_2026), events);
        ews = workspace.mailboxes().add(InboundMailbox.draft("billing", 5, "billing@contoso.com", EwsEndpoint.exchangeOnline()));
        imap = workspace.mailboxes().add(InboundMailbox.draft("sales", 12, "sales@contoso.com", Workspaces.imapPreset(workspace.servers())));
        smtp = workspace.mailboxes().add(OutboundMailbox.draft("support@contoso.com", "support@contoso.com",
                Workspaces.smtpPreset(workspace.servers())));
        workspace.mailboxes().add(InboundMailbox.draft("onprem", 5, "onprem@contoso.com",
                new EwsEndpoint("https://mail.contoso.com/EWS/Exchange.asmx", "")));
        appOnly = workspace.oauth().save(0, app("Contoso app-only", GrantType.CLIENT_CREDENTIALS, EnumSet.of(OAuthProtocol.IMAP)));
        delegated = workspace.oauth().save(0, app("Contoso delegated", GrantType.PASSWORD, EnumSet.of(OAuthProtocol.EWS)));
        workspace.oauth().link(ews, delegated, true);
    }

    private static AzureAppRegistration app(String name, GrantType grant, EnumSet<OAuthProtocol> protocols) {
        return new AzureAppRegistration(name, "2b2c3d4e-0000-4000-8000-00000000abcd", "contoso.onmicrosoft.com", Cloud.GLOBAL,
                AccountType.SINGLE_TENANT, grant, protocols);
    }

    private String export() {
        return new String(WorkspaceExporter.toJson(WorkspaceExporter.build(WorkspaceContent.read(workspace.database()),
                WorkspaceExporter.Options.whole())), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void offersTheMailboxesOnExchangeOnlineAndFlagsWhatTheCheckReports() {
        GraphMigration.Choices choices = migration.choices();

        assertThat(choices.movable()).extracting(Mailbox::name).containsExactly("billing", "sales", "smtp-client");
        // EWS on Exchange Online (its mailbox and its registration) and basic SMTP AUTH; IMAP with a password is not flagged
        assertThat(choices.flagged()).containsExactlyInAnyOrder(ews.id(), smtp.id());
        assertThat(choices.apps()).extracting(StoredRegistration::name).containsExactly("Contoso app-only");
    }

    @Test
    void thePreviewSaysWhatChangesAndChangesNothing() {
        String before = export();

        MigrationPlan plan = migration.preview(List.of(ews.id(), imap.id()), appOnly.id());

        assertThat(plan.canApply()).isTrue();
        assertThat(plan.addsGraph()).isTrue();
        assertThat(plan.changes()).extracting(c -> c.after().kind()).containsOnly(MailboxKind.GRAPH);
        MigrationPlan.Change first = plan.changes().get(0);
        assertThat(first.signInBefore()).isEqualTo("OAuth 2.0 password grant through Contoso delegated");
        assertThat(first.permission()).contains("Mail.ReadWrite", "RBAC for Applications");
        assertThat(first.optionsBefore()).containsEntry("type", "ews").containsEntry("folder-path", "Inbox");
        assertThat(first.optionsAfter()).containsEntry("type", "GRAPH").containsEntry("grant-type", "client_credentials")
                .containsEntry("scope", "https://graph.microsoft.com/.default").doesNotContainKey("server");
        assertThat(plan.changes().get(1).testMailbox()).as("only the first mailbox moved becomes the test mailbox").isFalse();
        assertThat(plan.changes().get(0).testMailbox()).isTrue();
        assertThat(plan.powerShell()).extracting(line -> line.command()).anySatisfy(command -> assertThat(command)
                .startsWith("New-ManagementScope").contains("billing@contoso.com", "sales@contoso.com"))
                .anySatisfy(command -> assertThat(command).contains("-Role 'Application Mail.ReadWrite'"))
                .noneSatisfy(command -> assertThat(command).contains("Add-MailboxPermission"));
        assertThat(plan.request()).get().extracting(MigrationRequest::rows).asList().hasSize(2);
        assertThat(export()).isEqualTo(before);
        assertThat(changes).hasValue(0);
    }

    @Test
    void anEwsAndAnImapMailboxMoveToGraphInOneStepWithTheMigrationRequestUpdated() {
        GraphMigration.Moved moved = migration.apply(List.of(ews.id(), imap.id()), appOnly.id());

        WorkspaceContent after = WorkspaceContent.read(workspace.reopen());
        assertThat(after.mailboxes()).filteredOn(m -> m.id() == ews.id() || m.id() == imap.id())
                .allSatisfy(m -> assertThat(m.endpoint()).isEqualTo(new GraphCloud(Cloud.GLOBAL)))
                .extracting(Mailbox::login).containsExactly("billing@contoso.com", "sales@contoso.com");
        assertThat(after.mailboxes()).filteredOn(m -> m.id() == imap.id()).singleElement()
                .satisfies(m -> assertThat(((InboundMailbox) m).maxSizeMb()).isEqualTo(12));
        assertThat(after.oauthLinks().get(ews.id()).registrationId()).isEqualTo(appOnly.id());
        assertThat(after.oauthLinks().get(imap.id()).registrationId()).isEqualTo(appOnly.id());
        assertThat(after.registrations()).filteredOn(r -> r.id() == appOnly.id()).singleElement()
                .satisfies(r -> assertThat(r.registration().protocols()).contains(OAuthProtocol.GRAPH, OAuthProtocol.IMAP));
        assertThat(moved.request().rows()).extracting(MigrationRequest.Row::mailboxName, MigrationRequest.Row::test)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("billing", true), org.assertj.core.groups.Tuple.tuple("sales", false));
        assertThat(moved.request().asText()).contains("Mailbox Name: billing", "client-id: 2b2c3d4e-0000-4000-8000-00000000abcd");
        assertThat(changes).hasValue(1);
        assertThat(new ConfigurationCheck(NOVEMBER_2026).run(new org.mailroom.check.CheckInput(after, java.util.Map.of(), java.util.Map.of()))
                .findings()).noneMatch(f -> f.ruleId().equals("ewsMailbox") || f.ruleId().equals("graphAppSecret"));
    }

    @Test
    void aRefusedApplyChangesNothingAndSaysWhyInWords() {
        Mailbox notAnAddress = workspace.mailboxes().add(InboundMailbox.draft("legacy", 5, "CONTOSO\\legacy",
                Workspaces.imapPreset(workspace.servers())));
        String before = export();

        RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                () -> migration.apply(List.of(ews.id(), notAnAddress.id()), appOnly.id()));

        assertThat(refused.violations()).extracting(Violation::message).containsExactly(
                "legacy: signs in as CONTOSO\\legacy; a Graph mailbox is named by its address \u2014 edit the mailbox's login to its address first");
        assertThat(export()).isEqualTo(before);
        assertThat(changes).hasValue(0);

        RuleViolationException delegatedRefused = catchThrowableOfType(RuleViolationException.class,
                () -> migration.apply(List.of(imap.id()), delegated.id()));
        assertThat(delegatedRefused.getMessage()).startsWith("Contoso delegated: uses the password grant")
                .doesNotContain("PASSWORD").doesNotContain("Exception");
        assertThat(export()).isEqualTo(before);
    }
}
