package org.mailroom.store;

/**
 * How the workspace's vault key is kept; none of it is a secret in clear text.
 *
 * @param salt           PBKDF2 salt (passphrase only)
 * @param iterations     PBKDF2 iterations (passphrase only, else 0)
 * @param wrappedKey     the vault key sealed under the passphrase key (passphrase only)
 * @param keyringAccount the entry in the OS credential store that holds the key (keyring only)
 * @param keyCheck       an empty text sealed under the vault key, to tell a wrong key apart
 */
public record VaultKeyRecord(KeySource source, byte[] salt, int iterations, byte[] wrappedKey, String keyringAccount,
                             byte[] keyCheck) {

    /** Where the vault key comes from. */
    public enum KeySource {
        OS_KEYRING, PASSPHRASE
    }
}
