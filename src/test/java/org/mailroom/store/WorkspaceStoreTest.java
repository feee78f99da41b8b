package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.testing.LegacyWorkspace;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.Workspaces;

@BothBackends
class WorkspaceStoreTest {

    private TempWorkspace workspace;
    private MailServerStore servers;
    private MailboxStore mailboxes;

    @BeforeEach
    void open(TempWorkspace workspace) {
        this.workspace = workspace;
        servers = workspace.servers();
        mailboxes = workspace.mailboxes();
    }

    private void reopen() {
        workspace.reopen();
        servers = workspace.servers();
        mailboxes = workspace.mailboxes();
    }

    @Test
    void aNewWorkspaceHasTheExchangeOnlinePresetsAndNoMailboxes() {
        assertThat(servers.findAll()).extracting(MailServer::label).containsExactly(
                "outlook.office365.com:993 · IMAP · SSL/TLS",
                "outlook.office365.com:995 · POP3 · SSL/TLS",
                "smtp.office365.com:587 · SMTP · STARTTLS");
        assertThat(mailboxes.findAll()).isEmpty();
        if (workspace.location() instanceof WorkspaceLocation.Folder) {
            assertThat(Workspaces.file(workspace.folder())).exists();
        }
    }

    @Test
    void createReadUpdateDelete() {
        MailServer imap = Workspaces.imapPreset(servers);
        Mailbox sales = mailboxes.add(InboundMailbox.draft("sales", 5, "sales@contoso.com", imap));
        assertThat(sales.id()).isPositive();
        assertThat(mailboxes.findAll()).containsExactly(sales);

        InboundMailbox edited = new InboundMailbox(sales.id(), sales.name(), 20, "sales.team@contoso.com", imap);
        mailboxes.update(edited);
        assertThat(mailboxes.findAll()).containsExactly(edited);

        mailboxes.delete(edited);
        assertThat(mailboxes.findAll()).isEmpty();
    }

    @Test
    void reopeningKeepsEveryChange() {
        MailServer added = servers.add(MailServer.draft("mail.fabrikam.com", 995, Protocol.POP3, ConnectionSecurity.SSL_TLS));
        Mailbox helpdesk = mailboxes.add(InboundMailbox.draft("helpdesk", 12, "helpdesk", added));
        Mailbox outbound = mailboxes.add(OutboundMailbox.draft("support@contoso.com", "relay", Workspaces.smtpPreset(servers)));

        reopen();

        assertThat(mailboxes.findAll()).containsExactlyInAnyOrder(helpdesk, outbound);
        assertThat(servers.findAll()).contains(added);
    }

    @Test
    void aSecondOutboundMailboxIsRefusedAndNothingChanges() {
        MailServer smtp = Workspaces.smtpPreset(servers);
        mailboxes.add(OutboundMailbox.draft("support@contoso.com", "relay", smtp));

        assertThatThrownBy(() -> mailboxes.add(OutboundMailbox.draft("sales@contoso.com", "relay2", smtp)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Direction: only one outbound mailbox is permitted; edit smtp-client instead");
        assertThat(mailboxes.findAll()).hasSize(1);
    }

    @Test
    void duplicateNamesIgnoringCaseAreRefused() {
        MailServer imap = Workspaces.imapPreset(servers);
        mailboxes.add(InboundMailbox.draft("Sales", 5, "sales", imap));

        assertThatThrownBy(() -> mailboxes.add(InboundMailbox.draft("SALES", 5, "other", imap)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Mailbox Name: 'SALES' is already used");
        assertThat(mailboxes.findAll()).extracting(Mailbox::login).containsExactly("sales");
    }

    @Test
    void anUpdateCannotRenameAMailbox() {
        MailServer imap = Workspaces.imapPreset(servers);
        Mailbox sales = mailboxes.add(InboundMailbox.draft("sales", 5, "sales", imap));

        assertThatThrownBy(() -> mailboxes.update(new InboundMailbox(sales.id(), "renamed", 5, "sales", imap)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("'renamed' no longer exists or was renamed");
        assertThat(mailboxes.findAll()).extracting(Mailbox::name).containsExactly("sales");
    }

    @Test
    void aServerInUseCannotBeDeletedAndSaysByWhom() {
        MailServer imap = Workspaces.imapPreset(servers);
        mailboxes.add(InboundMailbox.draft("sales", 5, "sales", imap));
        mailboxes.add(InboundMailbox.draft("billing", 5, "billing", imap));

        assertThatThrownBy(() -> servers.delete(imap))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("outlook.office365.com:993: used by billing, sales; choose another server for these mailboxes before deleting it");
        assertThat(servers.findAll()).contains(imap);
    }

    @Test
    void aServerInUseCannotTurnIntoAnSmtpServer() {
        MailServer imap = Workspaces.imapPreset(servers);
        mailboxes.add(InboundMailbox.draft("sales", 5, "sales", imap));

        MailServer asSmtp = new MailServer(imap.id(), imap.host(), 465, Protocol.SMTP, ConnectionSecurity.SSL_TLS);
        assertThatThrownBy(() -> servers.update(asSmtp)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot switch between reading");
        assertThat(servers.findAll()).contains(imap);
    }

    @Test
    void anUnusedServerCanBeEditedAndDeleted() {
        MailServer added = servers.add(Workspaces.plainImap("mail.contoso.com"));
        MailServer moved = servers.update(new MailServer(added.id(), "mail2.contoso.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS));
        assertThat(servers.findAll()).contains(moved).doesNotContain(added);
        servers.delete(moved);
        assertThat(servers.findAll()).doesNotContain(moved);
    }

    @Test
    void theSameEndpointCannotBeListedTwice() {
        assertThatThrownBy(() -> servers.add(MailServer.draft("OUTLOOK.office365.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("is already in the list");
    }

    @Test
    void addAllIsAllOrNothing() {
        MailServer imap = Workspaces.imapPreset(servers);
        mailboxes.add(InboundMailbox.draft("taken", 5, "x", imap));
        List<Mailbox> batch = List.of(InboundMailbox.draft("first", 5, "a", imap), InboundMailbox.draft("TAKEN", 5, "b", imap));

        assertThatThrownBy(() -> mailboxes.addAll(batch)).isInstanceOf(RuleViolationException.class);
        assertThat(mailboxes.findAll()).extracting(Mailbox::name).containsExactly("taken");
    }

    @Test
    void migrationsRunOnceAndRecordTheirVersion() {
        reopen();
        reopen();
        List<Integer> versions = workspace.database().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT CAST(\"version\" AS INT) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"").mapTo(Integer.class).list());
        // each script exactly once, in order, up to the newest one shipped: on H2 a new workspace starts at the baseline
        // script (V12's schema in one step), on PostgreSQL at V1 (numbers taken by work on other branches may be missing)
        assertThat(versions).isSorted().doesNotHaveDuplicates().endsWith(WorkspaceSchema.LATEST).first().isIn(1, 12);
        assertThat(servers.findAll()).hasSize(3);
    }

    @Test
    void aWorkspaceFromAnOlderMailroomIsMigratedWithoutLoss() throws Exception {
        workspace.close();
        Path old = workspace.tempFolder().resolve("old");
        LegacyWorkspace.build(old, 1);

        try (WorkspaceDatabase database = WorkspaceDatabase.open(old)) {
            servers = new MailServerStore(database);
            mailboxes = new MailboxStore(database, servers);
            assertThat(mailboxes.findAll()).extracting(Mailbox::name).containsExactly("legacy");
            assertThat(new ApplicationStore(database).findAll().stateOf(mailboxes.findAll().get(0)))
                    .isEqualTo(org.mailroom.domain.MailboxState.DISABLED);
        }
    }

    @Test
    void aWorkspaceFromANewerMailroomIsRefusedUntouched() throws Exception {
        workspace.database().jdbi().useHandle(handle -> handle.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                + "\"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99', 'newer', 'SQL', 'V99__newer.sql', 'x', 0, TRUE)"));
        workspace.close();

        assertThatThrownBy(workspace::openAnother).isInstanceOf(StoreException.class)
                .hasMessage("The workspace is at schema version 99, written by a newer Mailroom. Update Mailroom to open it.");
    }

    @Test
    void aDamagedFileIsRefusedWithWordsAndLeftAlone() throws Exception {
        workspace.close();
        Path damaged = workspace.tempFolder().resolve("damaged");
        Files.createDirectories(damaged);
        byte[] garbage = "this is not an H2 database file".repeat(200).getBytes();
        Files.write(Workspaces.file(damaged), garbage);

        assertThatThrownBy(() -> WorkspaceDatabase.open(damaged)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot be read: it is damaged");
        assertThat(Files.readAllBytes(Workspaces.file(damaged))).isEqualTo(garbage);
        workspace.reopen();
    }
}
