package org.mailroom.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.SecretRef;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.VaultStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.LegacyWorkspace;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.Workspaces;

@ExtendWith(WorkspaceExtension.class)
class VaultTest {

    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();

    private TempWorkspace workspace;
    private WorkspaceDatabase database;
    private Vault vault;
    private Mailbox sales;
    private SecretRef salesPassword;

    @BeforeEach
    void open(TempWorkspace workspace) {
        this.workspace = workspace;
        database = workspace.database();
        sales = workspace.mailboxes().add(InboundMailbox.draft("sales", 5, "sales", Workspaces.imapPreset(workspace.servers())));
        salesPassword = SecretRef.mailboxPassword(sales.id());
        vault = new Vault(database, OsKeyring.UNAVAILABLE);
    }

    @Test
    void setUpUnlockLockAndAWrongPassphraseThatChangesNothing() {
        assertThat(vault.state()).isEqualTo(Vault.State.NOT_SET_UP);
        assertThatThrownBy(() -> vault.setUp("short".toCharArray())).isInstanceOf(RuleViolationException.class)
                .hasMessage("Passphrase: at least 8 characters, not only spaces (a few words are easier to remember and harder to guess)");

        vault.setUp(PASSPHRASE.clone());
        vault.save(salesPassword, "S3cret-sales!".toCharArray());
        vault.lock();
        assertThat(vault.state()).isEqualTo(Vault.State.LOCKED);
        assertThatThrownBy(() -> vault.load(salesPassword)).isInstanceOf(VaultException.class)
                .hasMessageContaining("Unlock them first");

        assertThat(vault.unlock("wrong horse battery".toCharArray())).isEqualTo(Vault.UnlockResult.WRONG_PASSPHRASE);
        assertThat(vault.state()).isEqualTo(Vault.State.LOCKED);
        assertThat(vault.isSaved(salesPassword)).isTrue();

        reopen();
        assertThat(vault.state()).isEqualTo(Vault.State.LOCKED);
        assertThat(vault.unlock(PASSPHRASE.clone())).isEqualTo(Vault.UnlockResult.UNLOCKED);
        assertThat(vault.load(salesPassword).map(String::new)).contains("S3cret-sales!");
    }

    @Test
    void everySaveHasItsOwnNonceSoTheSameSecretNeverLooksTheSame() {
        vault.setUp(PASSPHRASE.clone());
        VaultStore rows = new VaultStore(database);
        vault.save(salesPassword, "same".toCharArray());
        byte[] first = rows.sealed(salesPassword).orElseThrow();
        vault.save(salesPassword, "same".toCharArray());
        byte[] second = rows.sealed(salesPassword).orElseThrow();

        assertThat(second).isNotEqualTo(first);
        assertThat(vault.load(salesPassword).map(String::new)).contains("same");
    }

    @Test
    void aTamperedOrMovedCiphertextIsRefused() {
        vault.setUp(PASSPHRASE.clone());
        VaultStore rows = new VaultStore(database);
        vault.save(salesPassword, "S3cret-sales!".toCharArray());
        byte[] sealed = rows.sealed(salesPassword).orElseThrow();

        byte[] flipped = sealed.clone();
        flipped[flipped.length - 3] ^= 1;
        rows.saveSealed(salesPassword, flipped);
        assertThatThrownBy(() -> vault.load(salesPassword)).isInstanceOf(SecretUnreadableException.class)
                .hasMessageNotContaining("S3cret");

        SecretRef otherOwner = SecretRef.mailboxPassword(new MailboxStore(database, new MailServerStore(database))
                .add(InboundMailbox.draft("billing", 5, "billing", sales.mailServer().orElseThrow())).id());
        rows.saveSealed(otherOwner, sealed);
        assertThatThrownBy(() -> vault.load(otherOwner)).isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void resetForAForgottenPassphraseDeletesSecretsAndKeepsTheWorkspace() {
        vault.setUp(PASSPHRASE.clone());
        vault.save(salesPassword, "S3cret-sales!".toCharArray());
        vault.lock();

        vault.reset();

        assertThat(vault.state()).isEqualTo(Vault.State.NOT_SET_UP);
        assertThat(vault.isSaved(salesPassword)).isFalse();
        assertThat(new MailboxStore(database, new MailServerStore(database)).findAll()).containsExactly(sales);
        vault.setUp("a brand new passphrase".toCharArray());
        assertThat(vault.load(salesPassword)).isEmpty();
    }

    @Test
    void withoutAnOsKeyringTheVaultSaysSoAndFallsBackToThePassphrase() {
        Vault onThisMachine = new Vault(database, OsKeyring.UNAVAILABLE);
        assertThat(onThisMachine.keyringAvailable()).isFalse();
        assertThatThrownBy(onThisMachine::setUpWithKeyring).isInstanceOf(KeyringException.class)
                .hasMessageContaining("could not reach this computer's credential store");
        assertThat(onThisMachine.state()).isEqualTo(Vault.State.NOT_SET_UP);
        onThisMachine.setUp(PASSPHRASE.clone());
        assertThat(onThisMachine.isUnlocked()).isTrue();
        assertThat(onThisMachine.keptByKeyring()).isFalse();
    }

    @Test
    void withAnOsKeyringNoPassphraseIsNeededAndALostEntryIsReportedNotFatal() {
        InMemoryKeyring keyring = new InMemoryKeyring();
        Vault withKeyring = new Vault(database, keyring);
        withKeyring.setUpWithKeyring();
        withKeyring.save(salesPassword, "S3cret-sales!".toCharArray());
        withKeyring.lock();

        Vault nextSession = new Vault(database, keyring);
        nextSession.unlockWithKeyring();
        assertThat(nextSession.load(salesPassword).map(String::new)).contains("S3cret-sales!");
        assertThat(keyring.entries.values()).noneMatch(v -> v.contains("S3cret"));

        keyring.entries.clear();
        Vault otherMachine = new Vault(database, keyring);
        assertThatThrownBy(otherMachine::unlockWithKeyring).isInstanceOf(KeyringException.class)
                .hasMessageContaining("Unlock the login keyring");
        otherMachine.reset();
        assertThat(otherMachine.state()).isEqualTo(Vault.State.NOT_SET_UP);
    }

    @Test
    void theKeyMovesBetweenTheCredentialStoreAndAPassphraseAndTheSavedPasswordsStay() {
        InMemoryKeyring keyring = new InMemoryKeyring();
        Vault moving = new Vault(database, keyring);
        moving.setUpWithKeyring();
        moving.save(salesPassword, "S3cret-sales!".toCharArray());

        moving.moveToPassphrase(PASSPHRASE.clone());
        assertThat(moving.keptByKeyring()).isFalse();
        assertThat(keyring.entries).isEmpty(); // no copy of the key left that would open the secrets
        moving.lock();
        assertThat(moving.unlock(PASSPHRASE.clone())).isEqualTo(Vault.UnlockResult.UNLOCKED);
        assertThat(moving.load(salesPassword).map(String::new)).contains("S3cret-sales!");

        moving.moveToKeyring();
        assertThat(moving.keptByKeyring()).isTrue();
        moving.lock();
        moving.unlockWithKeyring();
        assertThat(moving.load(salesPassword).map(String::new)).contains("S3cret-sales!");
    }

    @Test
    void aStoreThatCannotDeleteTheEntryLeavesTheKeyWhereItWas() {
        InMemoryKeyring keyring = new InMemoryKeyring();
        Vault moving = new Vault(database, keyring);
        moving.setUpWithKeyring();
        keyring.reachable = false;

        assertThatThrownBy(() -> moving.moveToPassphrase(PASSPHRASE.clone())).isInstanceOf(KeyringException.class);

        assertThat(moving.keptByKeyring()).isTrue();
        keyring.reachable = true;
        moving.lock();
        moving.unlockWithKeyring();
        assertThat(moving.isUnlocked()).isTrue();
    }

    @Test
    void neverSavePasswordsKeepsThemForTheSessionOnlyAndDeletesSavedOnes() {
        vault.setUp(PASSPHRASE.clone());
        Secrets keeper = new Secrets(vault);
        assertThat(keeper.remember(salesPassword, "S3cret-sales!".toCharArray())).isTrue();

        vault.setNeverSave(true);
        assertThat(vault.isSaved(salesPassword)).isFalse();
        assertThat(keeper.remember(salesPassword, "typed-again".toCharArray())).isFalse();
        assertThat(keeper.get(salesPassword).map(String::new)).contains("typed-again");
        assertThat(vault.isSaved(salesPassword)).isFalse();
        assertThatThrownBy(() -> vault.save(salesPassword, "x".toCharArray())).isInstanceOf(VaultException.class);

        reopen();
        assertThat(vault.neverSave()).isTrue();
    }

    @Test
    void theKeeperReadsASavedPasswordOnceUnlockedAndForgetsItEverywhere() {
        vault.setUp(PASSPHRASE.clone());
        vault.save(salesPassword, "S3cret-sales!".toCharArray());
        vault.lock();
        Secrets keeper = new Secrets(vault);
        keeper.refresh(); // as the app does once the workspace is open

        assertThat(keeper.isKnown(salesPassword)).isTrue();
        assertThat(keeper.get(salesPassword)).isEmpty();
        vault.unlock(PASSPHRASE.clone());
        assertThat(keeper.get(salesPassword).map(String::new)).contains("S3cret-sales!");

        keeper.forget(salesPassword);
        assertThat(keeper.isKnown(salesPassword)).isFalse();
    }

    @Test
    void deletingAMailboxDeletesItsSavedPassword() {
        vault.setUp(PASSPHRASE.clone());
        vault.save(salesPassword, "S3cret-sales!".toCharArray());
        new MailboxStore(database, new MailServerStore(database)).delete(sales);
        assertThat(vault.isSaved(salesPassword)).isFalse();
    }

    @Test
    void aWorkspaceFromBeforeSavedSecretsOpensWithoutLoss() throws Exception {
        workspace.close();
        Path old = workspace.tempFolder().resolve("v5");
        LegacyWorkspace.build(old, 5);
        try (var connection = DriverManager.getConnection(LegacyWorkspace.url(old), "mailroom", "");
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO workspace_setting (setting_key, setting_value) VALUES ('oauth.wizard', '{}')");
        }

        try (WorkspaceDatabase database = WorkspaceDatabase.open(old)) {
            Vault migrated = new Vault(database, OsKeyring.UNAVAILABLE);
            assertThat(new MailboxStore(database, new MailServerStore(database)).findAll()).extracting(Mailbox::name).containsExactly("legacy");
            assertThat(new org.mailroom.store.OAuthStore(database).setting("oauth.wizard")).contains("{}");
            assertThat(migrated.state()).isEqualTo(Vault.State.NOT_SET_UP);
            assertThat(migrated.neverSave()).isFalse();
        }
    }

    private void reopen() {
        database = workspace.reopen();
        vault = new Vault(database, OsKeyring.UNAVAILABLE);
    }

    /** A credential store that keeps entries in memory, as Keychain or Credential Manager would on disk. */
    static final class InMemoryKeyring implements OsKeyring {

        final Map<String, String> entries = new HashMap<>();
        boolean reachable = true;

        @Override
        public boolean isAvailable() {
            return reachable;
        }

        @Override
        public Optional<String> read(String account) {
            requireReachable();
            return Optional.ofNullable(entries.get(account));
        }

        @Override
        public void write(String account, String value) {
            requireReachable();
            entries.put(account, value);
        }

        @Override
        public void delete(String account) {
            requireReachable();
            entries.remove(account);
        }

        private void requireReachable() {
            if (!reachable) {
                throw new KeyringException(KeyringException.Problem.UNREACHABLE);
            }
        }

        @Override
        public void close() {
        }
    }
}
