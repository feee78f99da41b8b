package org.mailroom.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
    private static final String WRAP_CONTEXT = "mailroom/vault-key";
    private static final String CHECK_CONTEXT = "mailroom/vault-check";

    private final VaultStore store;
    private final OAuthStore settings;
    private final OsKeyring keyring;
    private byte[] key;

    public Vault(WorkspaceDatabase database, OsKeyring keyring) {
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

    /** Whether this machine has an OS credential store to keep the key in (no passphrase then). */
    public boolean keyringAvailable() {
        return keyring.isAvailable();
    }

    /** Sets the vault up with its key in the OS credential store, and unlocks it. */
    public synchronized void setUpWithKeyring() {
        requireNotSetUp();
        String account = "workspace-" + UUID.randomUUID();
        byte[] newKey = SecretCipher.newKey();
        if (!keyring.write(account, Base64.getEncoder().encodeToString(newKey))) {
            SecretCipher.wipe(newKey);
            throw new VaultException("secrets.keyringRefused");
        }
        store.replaceKeyRecord(new VaultKeyRecord(KeySource.OS_KEYRING, null, 0, null, account, check(newKey)));
        key = newKey;
        LOG.info("Vault set up with its key in the OS credential store");
    }

    /** Sets the vault up with a master passphrase (at least 8 characters), and unlocks it. */
    public synchronized void setUp(char[] passphrase) {
        requireNotSetUp();
        Passphrases.check(passphrase).ifPresent(RuleViolationException::throwFor);
        byte[] newKey = SecretCipher.newKey();
        store.replaceKeyRecord(wrap(newKey, passphrase));
        key = newKey;
        LOG.info("Vault set up with a master passphrase");
    }

    /** Unlocks from the OS credential store; false when the vault uses a passphrase or the store has no key. */
    public synchronized boolean unlockWithKeyring() {
        Optional<VaultKeyRecord> record = store.keyRecord().filter(r -> r.source() == KeySource.OS_KEYRING);
        if (key != null || record.isEmpty()) {
            return key != null;
        }
        Optional<byte[]> stored = keyring.read(record.get().keyringAccount()).map(Vault::decodeKey);
        if (stored.isEmpty() || !opensCheck(stored.get(), record.get())) {
            LOG.warn("The OS credential store has no usable vault key for this workspace");
            return false;
        }
        key = stored.get();
        return true;
    }

    /** A wrong passphrase changes nothing and may be tried again. */
    public synchronized UnlockResult unlock(char[] passphrase) {
        if (key != null) {
            return UnlockResult.UNLOCKED;
        }
        VaultKeyRecord record = store.keyRecord().filter(r -> r.source() == KeySource.PASSPHRASE)
                .orElseThrow(() -> new VaultException("secrets.notPassphrase"));
        Optional<byte[]> unwrapped = unwrap(record, passphrase);
        if (unwrapped.isEmpty()) {
            LOG.info("Vault unlock refused: wrong passphrase");
            return UnlockResult.WRONG_PASSPHRASE;
        }
        key = unwrapped.get();
        LOG.info("Vault unlocked");
        return UnlockResult.UNLOCKED;
    }

    /** Forgets the key (wiped from memory); saved secrets stay sealed in the workspace. */
    public synchronized void lock() {
        SecretCipher.wipe(key);
        key = null;
        LOG.info("Vault locked");
    }

    /** For a forgotten passphrase: deletes the key and every saved secret, keeps everything else. */
    public synchronized void reset() {
        store.keyRecord().filter(r -> r.source() == KeySource.OS_KEYRING)
                .ifPresent(r -> keyring.delete(r.keyringAccount()));
        store.reset();
        lock();
        LOG.info("Vault reset: saved secrets deleted");
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

    private static VaultKeyRecord wrap(byte[] vaultKey, char[] passphrase) {
        byte[] salt = SecretCipher.randomBytes(SecretCipher.SALT_BYTES);
        byte[] wrappingKey = SecretCipher.deriveKey(passphrase, salt, SecretCipher.ITERATIONS);
        try {
            return new VaultKeyRecord(KeySource.PASSPHRASE, salt, SecretCipher.ITERATIONS,
                    SecretCipher.seal(wrappingKey, vaultKey, WRAP_CONTEXT), null, check(vaultKey));
        } finally {
            SecretCipher.wipe(wrappingKey);
        }
    }

    private static Optional<byte[]> unwrap(VaultKeyRecord record, char[] passphrase) {
        byte[] wrappingKey = SecretCipher.deriveKey(passphrase, record.salt(), record.iterations());
        try {
            byte[] vaultKey = SecretCipher.open(wrappingKey, record.wrappedKey(), WRAP_CONTEXT);
            return opensCheck(vaultKey, record) ? Optional.of(vaultKey) : Optional.empty();
        } catch (SecretUnreadableException e) {
            return Optional.empty();
        } finally {
            SecretCipher.wipe(wrappingKey);
        }
    }

    private static byte[] check(byte[] vaultKey) {
        return SecretCipher.seal(vaultKey, new byte[0], CHECK_CONTEXT);
    }

    private static boolean opensCheck(byte[] vaultKey, VaultKeyRecord record) {
        try {
            SecretCipher.open(vaultKey, record.keyCheck(), CHECK_CONTEXT);
            return true;
        } catch (SecretUnreadableException e) {
            return false;
        }
    }

    private static byte[] decodeKey(String encoded) {
        try {
            return Base64.getDecoder().decode(encoded.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /** Binds each sealed secret to its owner: copied to another row, it no longer opens. */
    private static String context(SecretRef ref) {
        return "mailroom/" + ref.kind().name() + "/" + ref.ownerId();
    }
}
