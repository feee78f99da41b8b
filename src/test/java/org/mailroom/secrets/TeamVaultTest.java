package org.mailroom.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.SecretRef;
import org.mailroom.store.VaultStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.Workspaces;

/**
 * The vault on both backends: on a folder the admin's own, on a team server the team's, under one team passphrase
 * that every admin unlocks the same saved passwords with. There the key never goes to one admin's credential store
 * (the others would be locked out): set-up goes to the passphrase, and a move to the credential store is refused in
 * words with nothing changed.
 */
@BothBackends
class TeamVaultTest {

    private static final char[] PASSPHRASE = "team horse battery staple".toCharArray();

    private final TempWorkspace workspace;
    private final WorkspaceDatabase other;
    private final Mailbox sales;
    private final SecretRef salesPassword;

    TeamVaultTest(TempWorkspace workspace) {
        this.workspace = workspace;
        this.other = isTeam() ? workspace.openAnother() : workspace.database();
        this.sales = workspace.mailboxes().add(InboundMailbox.draft("sales", 5, "sales", Workspaces.imapPreset(workspace.servers())));
        this.salesPassword = SecretRef.mailboxPassword(sales.id());
    }

    @AfterEach
    void closeTheSecondClient() {
        if (other != workspace.database()) {
            other.close();
        }
    }

    private boolean isTeam() {
        return workspace.location() instanceof WorkspaceLocation.TeamServer;
    }

    @Test
    void whatOneAdminSavesAnotherUnlocksWithTheSamePassphraseAndTheDatabaseHoldsOnlyCiphertext() {
        Vault mine = new Vault(workspace.database(), OsKeyring.UNAVAILABLE);
        mine.setUp(PASSPHRASE.clone());
        mine.save(salesPassword, "S3cret-sales!".toCharArray());

        Vault theirs = new Vault(other, OsKeyring.UNAVAILABLE);
        assertThat(theirs.state()).isEqualTo(Vault.State.LOCKED);
        assertThat(theirs.unlock("wrong horse battery".toCharArray())).isEqualTo(Vault.UnlockResult.WRONG_PASSPHRASE);
        assertThat(theirs.state()).isEqualTo(Vault.State.LOCKED);
        assertThat(theirs.unlock(PASSPHRASE.clone())).isEqualTo(Vault.UnlockResult.UNLOCKED);
        assertThat(theirs.load(salesPassword).map(String::new)).contains("S3cret-sales!");

        byte[] stored = new VaultStore(other).sealed(salesPassword).orElseThrow();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("S3cret-sales!");
    }

    @Test
    void resetDeletesTheSavedPasswordsAndKeepsTheWorkspace() {
        Vault vault = new Vault(workspace.database(), OsKeyring.UNAVAILABLE);
        vault.setUp(PASSPHRASE.clone());
        vault.save(salesPassword, "S3cret-sales!".toCharArray());
        vault.lock();

        vault.reset();

        assertThat(new Vault(other, OsKeyring.UNAVAILABLE).state()).isEqualTo(Vault.State.NOT_SET_UP);
        assertThat(vault.isSaved(salesPassword)).isFalse();
        assertThat(workspace.mailboxes().findAll()).containsExactly(sales);
    }

    @Test
    void onATeamWorkspaceTheKeyIsNeverKeptInOneAdminsCredentialStore() {
        assumeTrue(isTeam(), "a folder's vault may keep its key in the credential store (VaultTest)");
        VaultTest.InMemoryKeyring keyring = new VaultTest.InMemoryKeyring();
        Vault vault = new Vault(workspace.database(), keyring);

        assertThat(vault.keyringAvailable()).isFalse();
        assertThatThrownBy(vault::setUpWithKeyring).isInstanceOf(VaultException.class)
                .hasMessage("On a team workspace the vault key stays behind the team passphrase: every admin of the team unlocks "
                        + "the same saved passwords with it, and a key kept in this computer's credential store would lock the "
                        + "others out. Nothing was changed.");
        assertThat(vault.state()).isEqualTo(Vault.State.NOT_SET_UP);

        vault.setUp(PASSPHRASE.clone());
        assertThatThrownBy(vault::moveToKeyring).isInstanceOf(VaultException.class).hasMessageStartingWith("On a team workspace");
        assertThat(vault.keptByKeyring()).isFalse();
        assertThat(keyring.entries).isEmpty();
        assertThat(new Vault(other, OsKeyring.UNAVAILABLE).unlock(PASSPHRASE.clone())).isEqualTo(Vault.UnlockResult.UNLOCKED);
    }

    @Test
    void onAFolderTheCredentialStoreKeepsTheKey() {
        assumeTrue(!isTeam(), "a team workspace refuses it (above)");
        Vault vault = new Vault(workspace.database(), new VaultTest.InMemoryKeyring());
        assertThat(vault.keyringAvailable()).isTrue();
        vault.setUpWithKeyring();
        assertThat(vault.keptByKeyring()).isTrue();
    }
}
