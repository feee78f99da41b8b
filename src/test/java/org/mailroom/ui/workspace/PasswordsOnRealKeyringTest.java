package org.mailroom.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.Vault;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.SecretServiceSession;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.Workspaces;

/**
 * The Passwords menu against a real Secret Service (GNOME Keyring on a private bus): after Lock, or a
 * failed read, Unlock goes back to the store; a store that won't keep the key lets the admin choose a
 * master passphrase; the key moves between the two.
 */
@Tag("keyring")
@ExtendWith(WorkspaceExtension.class)
class PasswordsOnRealKeyringTest {

    @TempDir
    static Path folder;
    private static SecretServiceSession session;

    /** Short, for a fast test: an unlock prompt nobody answers waits this long, then the admin is told. */
    private static final Duration WAIT_LIMIT = Duration.ofSeconds(3);

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private OsKeyring keyring;
    private Vault vault;
    private SecretRef salesPassword;

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
        keyring = OsKeyring.system(WAIT_LIMIT);
        vault = new Vault(workspace.database(), keyring);
        salesPassword = SecretRef.mailboxPassword(workspace.mailboxes()
                .add(InboundMailbox.draft("sales", 5, "sales", Workspaces.imapPreset(workspace.servers()))).id());
    }

    @AfterEach
    void close() {
        keyring.close();
    }

    private PasswordsViewModel menu(Secrets secrets) {
        return new PasswordsViewModel(vault, secrets, new DirectBackground(), new DirectBackground(), dialogs);
    }

    @Test
    void afterLockUnlockOpensFromTheCredentialStoreWithoutAskingForAPassphrase() {
        Secrets secrets = new Secrets(vault);
        PasswordsViewModel menu = menu(secrets);
        menu.savePasswords();
        secrets.remember(salesPassword, "S3cret-sales!".toCharArray());
        assertThat(menu.stateProperty().get()).isEqualTo("Passwords: saved, open");

        menu.lock();
        assertThat(menu.lockedProperty().get()).isTrue(); // Passwords ▸ Unlock saved passwords… is offered
        dialogs.passwordAnswers.add("anything at all"); // before: a passphrase was asked, and refused whatever it was
        menu.savePasswords();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.passwordAnswers).containsExactly("anything at all"); // no passphrase asked
        assertThat(menu.stateProperty().get()).isEqualTo("Passwords: saved, open");
        assertThat(menu.keptByKeyringProperty().get()).isTrue();
    }

    @Test
    void aLockedKeyringAtStartIsNoDeadEndUnlockWorksOnceTheKeyringIsUnlocked() throws Exception {
        menu(new Secrets(vault)).savePasswords();
        vault.lock();
        session.lockKeyring(); // and nothing on this bus can show its unlock prompt
        try {
            Secrets nextSession = new Secrets(vault); // as after a restart
            PasswordsViewModel menu = menu(nextSession);
            menu.start();
            assertThat(menu.stateProperty().get()).isEqualTo("Passwords: saved, locked");
            assertThat(dialogs.errors).isEmpty(); // at start the admin did not ask: no dialog

            long start = System.nanoTime();
            menu.savePasswords(); // Unlock saved passwords…
            // The library sees the prompt fail at once, or (a race in it) waits for it: then the bound ends the wait.
            assertThat(dialogs.errors).singleElement().asString().satisfiesAnyOf(
                    error -> assertThat(error).startsWith("The credential store did not hand over this workspace's vault key")
                            .contains("Unlock the login keyring"),
                    error -> assertThat(error).startsWith("The credential store did not answer in time"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(WAIT_LIMIT.multipliedBy(3));
            assertThat(menu.lockedProperty().get()).isTrue();

            session.restartKeyringUnlocked();
            menu.savePasswords();
            assertThat(menu.stateProperty().get()).isEqualTo("Passwords: saved, open");
            assertThat(dialogs.errors).hasSize(1);
        } finally {
            session.restartKeyringUnlocked();
        }
    }

    @Test
    void aStoreThatWillNotKeepTheKeyLetsTheAdminChooseAPassphraseAndTheKeyMovesBothWays() throws Exception {
        Secrets secrets = new Secrets(vault);
        PasswordsViewModel menu = menu(secrets);
        assertThat(keyring.isAvailable()).isTrue(); // the store answers...
        session.lockKeyring();                      // ...but can't keep anything now
        try {
            dialogs.chooseAnswer = "Use a master passphrase";
            dialogs.passwordAnswers.add("correct horse battery");
            menu.savePasswords();

            assertThat(dialogs.questions.get(0)).contains("Keep the vault key behind a master passphrase instead?");
            assertThat(menu.stateProperty().get()).isEqualTo("Passwords: saved, open");
            assertThat(menu.keptByKeyringProperty().get()).isFalse();
            secrets.remember(salesPassword, "S3cret-sales!".toCharArray());
        } finally {
            session.restartKeyringUnlocked();
        }

        List<String> before = session.mailroomEntries();
        menu.useCredentialStore();
        assertThat(menu.keptByKeyringProperty().get()).isTrue();
        List<String> added = session.mailroomEntries().stream().filter(entry -> !before.contains(entry)).toList();
        assertThat(added).hasSize(1);
        vault.lock();
        vault.unlockWithKeyring();
        assertThat(vault.load(salesPassword).map(String::new)).contains("S3cret-sales!");

        dialogs.passwordAnswers.add("another horse battery");
        menu.useMasterPassphrase();
        assertThat(menu.keptByKeyringProperty().get()).isFalse();
        assertThat(session.mailroomEntries()).doesNotContainAnyElementsOf(added); // no copy of the key left in the store
        vault.lock();
        assertThat(vault.unlock("another horse battery".toCharArray())).isEqualTo(Vault.UnlockResult.UNLOCKED);
        assertThat(vault.load(salesPassword).map(String::new)).contains("S3cret-sales!");
        assertThat(dialogs.errors).isEmpty();
    }
}
