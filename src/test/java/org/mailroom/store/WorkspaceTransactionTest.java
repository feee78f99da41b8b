package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxState;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.testing.Workspaces;

/** A use case runs in one transaction: every store call in it commits together or not at all. */
class WorkspaceTransactionTest {

    @TempDir
    Path folder;

    private WorkspaceDatabase database;
    private MailServerStore servers;
    private MailboxStore mailboxes;
    private ApplicationStore applications;
    private MailServer imap;

    @BeforeEach
    void open() {
        database = WorkspaceDatabase.open(folder);
        servers = new MailServerStore(database);
        mailboxes = new MailboxStore(database, servers);
        applications = new ApplicationStore(database);
        imap = Workspaces.imapPreset(servers);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aUseCaseThatFailsAfterAddingAMailboxLeavesNothingStored() {
        IllegalStateException failure = new IllegalStateException("the use case gave up");

        assertThatThrownBy(() -> database.useTransaction(() -> {
            mailboxes.add(InboundMailbox.draft("sales", 5, "sales", imap));
            assertThat(mailboxes.findAll()).extracting(Mailbox::name).containsExactly("sales");
            throw failure;
        })).isSameAs(failure);

        assertThat(mailboxes.findAll()).isEmpty();
    }

    @Test
    void twoStoresInOneTransactionCommitTogether() {
        Mailbox sales = database.inTransaction(() -> {
            Mailbox added = mailboxes.add(InboundMailbox.draft("sales", 5, "sales", imap));
            applications.assign(added, applications.add(new DigitalApplication(0, "Sales email", true)));
            return added;
        });

        database.close();
        database = WorkspaceDatabase.open(folder);
        assertThat(new MailboxStore(database, new MailServerStore(database)).findAll()).containsExactly(sales);
        assertThat(new ApplicationStore(database).findAll().stateOf(sales)).isEqualTo(MailboxState.ENABLED);
    }

    @Test
    void aRuleTheDatabaseEnforcesRollsBackTheWholeUseCaseAndIsRethrownAsIs() {
        mailboxes.add(InboundMailbox.draft("taken", 5, "x", imap));

        assertThatThrownBy(() -> database.useTransaction(() -> {
            applications.add(DigitalApplication.draft("Claims"));
            mailboxes.add(InboundMailbox.draft("TAKEN", 5, "y", imap));
        })).isInstanceOf(RuleViolationException.class).hasMessageContaining("'TAKEN' is already used");

        assertThat(applications.findAll().byId()).isEmpty();
        assertThat(mailboxes.findAll()).extracting(Mailbox::name).containsExactly("taken");
    }

    @Test
    void aNestedUseCaseJoinsTheOuterOneAndFallsWithIt() {
        assertThatThrownBy(() -> database.useTransaction(() -> {
            mailboxes.addAll(List.of(InboundMailbox.draft("a", 5, "a", imap), InboundMailbox.draft("b", 5, "b", imap)));
            database.useTransaction(() -> applications.add(DigitalApplication.draft("Inner")));
            throw new IllegalArgumentException("outer fails after the inner one finished");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(mailboxes.findAll()).isEmpty();
        assertThat(applications.findAll().byId()).isEmpty();
    }

    @Test
    void otherThreadsDoNotSeeTheChangesBeforeTheCommit() {
        AtomicReference<Integer> seenMeanwhile = new AtomicReference<>();
        database.useTransaction(() -> {
            mailboxes.add(InboundMailbox.draft("sales", 5, "sales", imap));
            seenMeanwhile.set(CompletableFuture.supplyAsync(mailboxes::count).join());
        });

        assertThat(seenMeanwhile.get()).isZero();
        assertThat(mailboxes.count()).isEqualTo(1);
    }

    @Test
    void outsideATransactionEachCallCommitsOnItsOwn() {
        mailboxes.add(InboundMailbox.draft("sales", 5, "sales", imap));
        assertThatThrownBy(() -> mailboxes.add(InboundMailbox.draft("SALES", 5, "again", imap)))
                .isInstanceOf(RuleViolationException.class);

        assertThat(mailboxes.findAll()).extracting(Mailbox::name).containsExactly("sales");
    }

    @Test
    void aTransactionOnOneWorkspaceDoesNotTakeInAnother() {
        try (WorkspaceDatabase other = WorkspaceDatabase.open(folder.resolve("other"))) {
            ApplicationStore otherApplications = new ApplicationStore(other);

            assertThatThrownBy(() -> database.useTransaction(() -> {
                applications.add(DigitalApplication.draft("Here"));
                otherApplications.add(DigitalApplication.draft("There"));
                throw new IllegalStateException("rolls back here only");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(applications.findAll().byId()).isEmpty();
            assertThat(otherApplications.findAll().byId().values()).extracting(DigitalApplication::name).containsExactly("There");
        }
    }

    @Test
    void settingsKeepOneValuePerKey() {
        SettingsStore settings = new SettingsStore(database);
        assertThat(settings.get("wizard")).isEmpty();

        settings.put("wizard", "{\"page\":1}");
        settings.put("wizard", "{\"page\":3}");
        settings.put("never-save-passwords", "true");
        assertThat(settings.get("wizard")).contains("{\"page\":3}");
        assertThat(new OAuthStore(database).setting("never-save-passwords")).contains("true");

        settings.remove("wizard");
        assertThat(settings.get("wizard")).isEmpty();
        assertThat(settings.get("never-save-passwords")).contains("true");
    }

    @Test
    void closingReleasesTheFileAndLaterCallsSayTheWorkspaceIsClosed() throws Exception {
        Path file = Workspaces.file(folder);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            // while open, H2 holds the file's lock (in this JVM tryLock overlaps it)
            assertThatThrownBy(channel::tryLock).isInstanceOf(OverlappingFileLockException.class);
        }

        database.close();

        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            assertThat(lock).isNotNull();
        }
        assertThatThrownBy(mailboxes::count).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The workspace could not be read:")
                .message().doesNotContain("SQL", "Exception", "org.");
        database = WorkspaceDatabase.open(folder);
        assertThat(new MailServerStore(database).findAll()).hasSize(3);
    }

    @Test
    void aFailedWriteSaysSoInWordsWithoutSql() {
        Mailbox ghost = new InboundMailbox(999, "ghost", 5, "ghost", new MailServer(999, "gone.example", 993,
                org.mailroom.domain.Protocol.IMAP, org.mailroom.domain.ConnectionSecurity.SSL_TLS));

        assertThatThrownBy(() -> new TestResultStore(database).save(new org.mailroom.mail.LastTest(ghost.id(), java.time.Instant.now(),
                org.mailroom.mail.StepStatus.OK, "fine")))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The change could not be saved; the workspace is unchanged:")
                .message().doesNotContain("SQL", "INSERT", "Exception", "mailbox_test_result");
    }
}
