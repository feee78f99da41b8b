package org.mailroom.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.SecretRef;
import org.mailroom.secrets.KeyringException.Problem;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.SecretServiceSession;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.Workspaces;

/**
 * The vault against a real Secret Service (GNOME Keyring on a private D-Bus bus): set up, read back with a
 * new connection, a store stopped mid-session, and no service at all. Each ends with the vault usable or a
 * sentence saying what to do, within the bound stated.
 */
@Tag("keyring")
@ExtendWith(WorkspaceExtension.class)
class RealKeyringTest {

    @TempDir
    static Path folder;
    private static SecretServiceSession session;

    private WorkspaceDatabase database;
    private SecretRef salesPassword;
    private final List<OsKeyring> opened = new ArrayList<>();

    @BeforeAll
    static void startSecretService() throws Exception {
        session = SecretServiceSession.start(folder.resolve("session")).useInThisJvm();
    }

    @AfterAll
    static void stopSecretService() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    @BeforeEach
    void open(TempWorkspace workspace) {
        database = workspace.database();
        salesPassword = SecretRef.mailboxPassword(workspace.mailboxes()
                .add(InboundMailbox.draft("sales", 5, "sales", Workspaces.imapPreset(workspace.servers()))).id());
    }

    @AfterEach
    void closeConnections() {
        opened.forEach(OsKeyring::close);
    }

    private OsKeyring keyring(Duration limit) {
        OsKeyring keyring = OsKeyring.system(limit);
        opened.add(keyring);
        return keyring;
    }

    @Test
    void theStoreKeepsOneEntryWithTheVaultKeyNeverAPasswordAndANewConnectionOpensTheVault() throws Exception {
        Vault vault = new Vault(database, keyring(OsKeyring.WAIT_LIMIT));
        vault.setUpWithKeyring();
        vault.save(salesPassword, "S3cret-sales!".toCharArray());

        List<String> entries = session.mailroomEntries();
        assertThat(entries).hasSize(1).allMatch(label -> label.startsWith("label = Mailroom|workspace-"));
        String account = entries.get(0).substring("label = Mailroom|".length());
        assertThat(session.lookup(account)).hasSize(44).doesNotContain("S3cret"); // a 256-bit key in Base64

        Vault nextSession = new Vault(database, keyring(OsKeyring.WAIT_LIMIT));
        nextSession.unlockWithKeyring();
        assertThat(nextSession.load(salesPassword).map(String::new)).contains("S3cret-sales!");
        vault.reset();
        assertThat(session.mailroomEntries()).isEmpty();
    }

    @Test
    void aStoreStoppedMidSessionIsReportedInWordsWithItsCauseInTheLogAndWorksAgainOnceBack() throws Exception {
        Vault vault = new Vault(database, keyring(Duration.ofSeconds(20)));
        vault.setUpWithKeyring();
        vault.lock();
        List<LogRecord> log = recordLog(JavaKeyringBackend.class);

        session.stopKeyring();
        long start = System.nanoTime();
        try {
            assertThatThrownBy(vault::unlockWithKeyring).isInstanceOf(KeyringException.class)
                    .hasMessageStartingWith("Mailroom could not reach this computer's credential store")
                    .satisfies(failure -> assertThat(((KeyringException) failure).problem()).isEqualTo(Problem.UNREACHABLE));
        } finally {
            session.resumeKeyring();
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertThat(seconds).as("D-Bus replies time out after 2 s each; one retry on a new connection").isLessThan(15);
        // The log says what failed and carries the library's failure with its message, not just its class name.
        LogRecord failure = log.stream().filter(r -> r.getMessage().contains("could not be read")).findFirst().orElseThrow();
        assertThat(failure.getThrown()).isNotNull();
        assertThat(failure.getThrown().getMessage()).isNotBlank();

        vault.unlockWithKeyring(); // no restart needed: the next call connects again
        assertThat(vault.isUnlocked()).isTrue();
    }

    @Test
    void withNoSecretServiceOnTheBusOrNoBusAtAllTheVaultSaysSoQuickly() throws Exception {
        try (SecretServiceSession empty = SecretServiceSession.startWithoutKeyring(folder.resolve("empty-" + System.nanoTime()))) {
            System.setProperty(SecretServiceSession.ADDRESS_PROPERTY, empty.address());
            Vault vault = new Vault(database, keyring(OsKeyring.WAIT_LIMIT));
            long start = System.nanoTime();
            assertThatThrownBy(vault::setUpWithKeyring).isInstanceOf(KeyringException.class)
                    .hasMessageContaining("Log in to a desktop session that has one");
            assertThat(vault.state()).isEqualTo(Vault.State.NOT_SET_UP);

            System.setProperty(SecretServiceSession.ADDRESS_PROPERTY, "unix:path=" + folder.resolve("no-bus-here"));
            assertThat(new Vault(database, keyring(OsKeyring.WAIT_LIMIT)).keyringAvailable()).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        } finally {
            session.useInThisJvm();
        }
    }

    private static List<LogRecord> recordLog(Class<?> source) {
        List<LogRecord> records = new ArrayList<>();
        Logger.getLogger(source.getName()).addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        return records;
    }
}
