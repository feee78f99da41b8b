package org.mailroom.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.mailroom.secrets.KeyringException.Problem;
import org.mailroom.store.VaultKeyRecord;
import org.mailroom.store.VaultKeyRecord.KeySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two ways the vault key is kept: wrapped under a key derived from a master passphrase, or as an
 * entry of the OS credential store. Each record carries a check sealed under the vault key, so a wrong
 * passphrase or another workspace's entry is told apart from the right key.
 */
final class VaultKeys {

    private static final Logger LOG = LoggerFactory.getLogger(VaultKeys.class);
    private static final String WRAP_CONTEXT = "mailroom/vault-key";
    private static final String CHECK_CONTEXT = "mailroom/vault-check";

    private VaultKeys() {
    }

    static VaultKeyRecord wrapped(byte[] vaultKey, char[] passphrase) {
        byte[] salt = SecretCipher.randomBytes(SecretCipher.SALT_BYTES);
        byte[] wrappingKey = SecretCipher.deriveKey(passphrase, salt, SecretCipher.ITERATIONS);
        try {
            return new VaultKeyRecord(KeySource.PASSPHRASE, salt, SecretCipher.ITERATIONS,
                    SecretCipher.seal(wrappingKey, vaultKey, WRAP_CONTEXT), null, check(vaultKey));
        } finally {
            SecretCipher.wipe(wrappingKey);
        }
    }

    static Optional<byte[]> unwrap(VaultKeyRecord record, char[] passphrase) {
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

    /** A new entry name: one per workspace, never reused, so two workspaces never share a key. */
    static String newKeyringAccount() {
        return "workspace-" + UUID.randomUUID();
    }

    /**
     * Stores the key under {@code account} and reads it back: a store that answers "done" but keeps
     * nothing (locked, no prompt possible) must not leave a vault whose key is nowhere.
     */
    static VaultKeyRecord putInKeyring(OsKeyring keyring, String account, byte[] vaultKey) {
        String encoded = Base64.getEncoder().encodeToString(vaultKey);
        try {
            keyring.write(account, encoded);
            if (!keyring.read(account).filter(encoded::equals).isPresent()) {
                throw new KeyringException(Problem.REFUSED);
            }
        } catch (KeyringException e) {
            if (e.problem() == Problem.REFUSED || e.problem() == Problem.NO_KEY) {
                forget(keyring, account); // the store answers: whatever part of it was kept opens nothing
            }
            throw e;
        }
        return new VaultKeyRecord(KeySource.OS_KEYRING, null, 0, null, account, check(vaultKey));
    }

    /** Deletes the entry if the store answers; an entry left behind is logged, not fatal. */
    static void forget(OsKeyring keyring, String account) {
        try {
            keyring.delete(account);
        } catch (KeyringException e) {
            LOG.warn("The vault key entry {} stays in the OS credential store", account, e);
        }
    }

    /** The key the store keeps for the record; NO_KEY when it has none (locked, or removed) or another one. */
    static byte[] fromKeyring(OsKeyring keyring, VaultKeyRecord record) {
        return keyring.read(record.keyringAccount()).map(VaultKeys::decode)
                .filter(candidate -> opensCheck(candidate, record))
                .orElseThrow(() -> new KeyringException(Problem.NO_KEY));
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

    private static byte[] decode(String encoded) {
        try {
            return Base64.getDecoder().decode(encoded.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
