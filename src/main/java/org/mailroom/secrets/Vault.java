package org.mailroom.secrets;

import java.util.List;
import java.util.Optional;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.SecretRef;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.SecretSealer;
import org.mailroom.store.VaultKeyRecord;
import org.mailroom.store.VaultKeyRecord.KeySource;
import org.mailroom.store.VaultStore;
import org.mailroom.store.WorkspaceDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saved mailbox passwords and client secrets of one workspace, sealed under a random vault key. The key
 * lives in the OS credential store, or is wrapped under a key derived from a master passphrase that
 * is asked once per session. While locked the vault knows no key; {@link #lock()} wipes it.
 * Thread-safe: the UI calls it from background tasks.
 */
public final class Vault {

    /** Where the vault is; the UI shows "Set up", "Unlock" or nothing accordingly. */
    public enum State {
        NOT_SET_UP, LOCKED, UNLOCKED
    }

    public enum UnlockResult {
        UNLOCKED, WRONG_PASSPHRASE
    }

    private static final Logger LOG = LoggerFactory.getLogger(Vault.class);
    /** A workspace setting rather than a column: it is a choice, not part of the key. */
    static final String NEVER_SAVE_SETTING = "never-save-passwords";

    private final VaultStore store;
    private final OAuthStore settings;
    private final OsKeyring keyring;
    private final WorkspaceDatabase database;
    private byte[] key;

    public Vault(WorkspaceDatabase database, OsKeyring keyring) {
        this.database = database;
        this.store = new VaultStore(database);
        this.settings = new OAuthStore(database);
        this.keyring = keyring;
    }

    public synchronized State state() {
        if (key != null) {
            return State.UNLOCKED;
        }
        return store.keyRecord().isPresent() ? State.LOCKED : State.NOT_SET_UP;
    }

    public synchronized boolean isUnlocked() {
        return key != null;
    }

    /** Whether this machine has an OS credential store to keep the key in; waits on the store. */
    public boolean keyringAvailable() {
        return keyring.isAvailable() && !database.isTeam();
    }

    /**
     * A team workspace's vault key stays behind the team passphrase: the vault is the team's, every admin unlocks the
     * same saved passwords with it, and a key kept in one admin's credential store would lock the others out.
     */
    private void refuseKeyringForATeam() {
        if (database.isTeam()) {
            throw new VaultException("secrets.teamKeyring");
        }
    }

    /** Whether the key is kept by the OS credential store (else behind a master passphrase, or not set up). */
    public boolean keptByKeyring() {
        return store.keyRecord().filter(r -> r.source() == KeySource.OS_KEYRING).isPresent();
    }

    /**
     * Sets the vault up with its key in the OS credential store, and unlocks it. Waits on the store: call
     * it off the workspace thread; the vault is not held meanwhile.
     */
    public void setUpWithKeyring() {
        refuseKeyringForATeam();
        synchronized (this) {
            requireNotSetUp();
        }
        String account = VaultKeys.newKeyringAccount();
        byte[] newKey = SecretCipher.newKey();
        VaultKeyRecord record = VaultKeys.putInKeyring(keyring, account, newKey);
        synchronized (this) {
            if (store.keyRecord().isEmpty()) {
                store.replaceKeyRecord(record);
                key = newKey;
                LOG.info("Vault set up with its key in the OS credential store");
                return;
            }
        }
        SecretCipher.wipe(newKey); // set up another way meanwhile
        forgetInKeyring(account);
        throw new VaultException("secrets.alreadySetUp");
    }

    /** Sets the vault up with a master passphrase (at least 8 characters), and unlocks it. */
    public synchronized void setUp(char[] passphrase) {
        requireNotSetUp();
        Passphrases.check(passphrase).ifPresent(RuleViolationException::throwFor);
        byte[] newKey = SecretCipher.newKey();
        store.replaceKeyRecord(VaultKeys.wrapped(newKey, passphrase));
        key = newKey;
        LOG.info("Vault set up with a master passphrase");
    }

    /**
     * Unlocks from the OS credential store, or says in a {@link KeyringException} why not and what to do.
     * Waits on the store (its unlock prompt): call it off the workspace thread.
     */
    public void unlockWithKeyring() {
        VaultKeyRecord record;
        synchronized (this) {
            if (key != null) {
                return;
            }
            record = requireSource(KeySource.OS_KEYRING);
        }
        byte[] stored = VaultKeys.fromKeyring(keyring, record);
        synchronized (this) {
            boolean stillThisKey = store.keyRecord().map(VaultKeyRecord::keyringAccount).equals(Optional.of(record.keyringAccount()));
            if (key != null || !stillThisKey) {
                SecretCipher.wipe(stored);
                return;
            }
            key = stored;
        }
        LOG.info("Vault unlocked from the OS credential store");
    }

    /** A wrong passphrase changes nothing and may be tried again. */
    public synchronized UnlockResult unlock(char[] passphrase) {
        if (key != null) {
            return UnlockResult.UNLOCKED;
        }
        Optional<byte[]> unwrapped = VaultKeys.unwrap(requireSource(KeySource.PASSPHRASE), passphrase);
        if (unwrapped.isEmpty()) {
            LOG.info("Vault unlock refused: wrong passphrase");
            return UnlockResult.WRONG_PASSPHRASE;
        }
        key = unwrapped.get();
        LOG.info("Vault unlocked");
        return UnlockResult.UNLOCKED;
    }

    /**
     * Keeps the (unlocked) key behind a master passphrase instead of in the OS credential store, whose entry
     * is deleted; saved secrets stay. When the entry can't be deleted nothing changes. Waits on the store.
     */
    public void moveToPassphrase(char[] passphrase) {
        Passphrases.check(passphrase).ifPresent(RuleViolationException::throwFor);
        VaultKeyRecord before;
        synchronized (this) {
            byte[] current = requireKey();
            before = requireSource(KeySource.OS_KEYRING);
            store.rewrap(VaultKeys.wrapped(current, passphrase));
        }
        try {
            keyring.delete(before.keyringAccount());
        } catch (KeyringException e) {
            store.rewrap(before); // a copy of the key left in the store would still open the secrets
            throw e;
        }
        LOG.info("Vault key moved from the OS credential store to a master passphrase");
    }

    /** Keeps the (unlocked) key in the OS credential store instead of behind the passphrase; saved secrets stay. */
    public void moveToKeyring() {
        refuseKeyringForATeam();
        byte[] current;
        synchronized (this) {
            current = requireKey().clone();
            requireSource(KeySource.PASSPHRASE);
        }
        try {
            String account = VaultKeys.newKeyringAccount();
            VaultKeyRecord record = VaultKeys.putInKeyring(keyring, account, current);
            synchronized (this) {
                if (store.keyRecord().filter(r -> r.source() == KeySource.PASSPHRASE).isPresent()) {
                    store.rewrap(record);
                    LOG.info("Vault key moved from a master passphrase to the OS credential store");
                    return;
                }
            }
            forgetInKeyring(account); // reset or moved meanwhile
        } finally {
            SecretCipher.wipe(current);
        }
    }

    /** Forgets the key (wiped from memory); saved secrets stay sealed in the workspace. */
    public synchronized void lock() {
        SecretCipher.wipe(key);
        key = null;
        LOG.info("Vault locked");
    }

    /**
     * For a forgotten passphrase or a lost store entry: deletes the key and every saved secret, keeps
     * everything else. The store's entry is deleted too when the store answers (it opens nothing any more).
     */
    public void reset() {
        Optional<String> account;
        synchronized (this) {
            account = store.keyRecord().filter(r -> r.source() == KeySource.OS_KEYRING).map(VaultKeyRecord::keyringAccount);
            store.reset();
            lock();
        }
        account.ifPresent(this::forgetInKeyring);
        LOG.info("Vault reset: saved secrets deleted");
    }

    private void forgetInKeyring(String account) {
        VaultKeys.forget(keyring, account);
    }

    public boolean neverSave() {
        return settings.setting(NEVER_SAVE_SETTING).map(Boolean::parseBoolean).orElse(false);
    }

    /** "Never save passwords": switching it on also deletes what was saved, so nothing stays on disk. */
    public synchronized void setNeverSave(boolean never) {
        settings.saveSetting(NEVER_SAVE_SETTING, Boolean.toString(never));
        if (never) {
            store.deleteAllSecrets();
        }
    }

    /** Whether {@link #save} would store: unlocked, and saving not switched off. */
    public synchronized boolean canSave() {
        return key != null && !neverSave();
    }

    public synchronized void save(SecretRef ref, char[] secret) {
        store.saveSealed(ref, sealer().seal(ref, secret));
    }

    /** Seals secrets for this workspace, e.g. inside the import's transaction. */
    public synchronized SecretSealer sealer() {
        if (neverSave()) {
            throw new VaultException("secrets.savingOff");
        }
        byte[] current = requireKey().clone();
        return (ref, secret) -> SecretCipher.sealChars(current, secret, context(ref));
    }

    /** The saved secret (a copy the caller wipes), or empty when none is saved. */
    public synchronized Optional<char[]> load(SecretRef ref) {
        Optional<byte[]> sealed = store.sealed(ref);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SecretCipher.openChars(requireKey(), sealed.get(), context(ref)));
    }

    /** Which secrets are saved, whether or not the vault is unlocked. */
    public List<SecretRef> savedRefs() {
        return store.savedRefs();
    }

    public boolean isSaved(SecretRef ref) {
        return store.sealed(ref).isPresent();
    }

    public void delete(SecretRef ref) {
        store.delete(ref);
    }

    private byte[] requireKey() {
        if (key == null) {
            throw new VaultException(state() == State.NOT_SET_UP ? "secrets.notSetUp" : "secrets.locked");
        }
        return key;
    }

    private void requireNotSetUp() {
        if (store.keyRecord().isPresent()) {
            throw new VaultException("secrets.alreadySetUp");
        }
    }

    private VaultKeyRecord requireSource(KeySource source) {
        return store.keyRecord().filter(r -> r.source() == source)
                .orElseThrow(() -> new VaultException(source == KeySource.OS_KEYRING ? "secrets.notKeyring" : "secrets.notPassphrase"));
    }

    /** Binds each sealed secret to its owner: copied to another row, it no longer opens. */
    private static String context(SecretRef ref) {
        return "mailroom/" + ref.kind().name() + "/" + ref.ownerId();
    }
}
