package org.mailroom.secrets;

import java.util.Optional;

/**
 * The operating system's credential store (macOS Keychain, Windows Credential Manager, Linux Secret
 * Service), where the vault key can live so no passphrase is needed. Where there is none, or it
 * refuses, the vault falls back to a master passphrase.
 */
public interface OsKeyring {

    /** A keyring that is never there: tests, and machines without a credential store. */
    OsKeyring UNAVAILABLE = new OsKeyring() {
        @Override
        public boolean isAvailable() {
            return false;
        }

        @Override
        public Optional<String> read(String account) {
            return Optional.empty();
        }

        @Override
        public boolean write(String account, String value) {
            return false;
        }

        @Override
        public void delete(String account) {
            // nothing stored, nothing to delete
        }
    };

    boolean isAvailable();

    /** The value stored for the account, if the store is there and has one. */
    Optional<String> read(String account);

    /** Stores the value; false when the store is missing or refused. */
    boolean write(String account, String value);

    void delete(String account);

    /**
     * The credential store of this machine, or {@link #UNAVAILABLE}; never throws. Looked for on first
     * use, not when the app starts: finding out that there is none takes a tenth of a second.
     */
    static OsKeyring system() {
        return new LazyKeyring(JavaKeyringBackend::open);
    }
}
