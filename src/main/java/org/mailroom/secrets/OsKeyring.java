package org.mailroom.secrets;

import java.time.Duration;
import java.util.Optional;

/**
 * The operating system's credential store (macOS Keychain, Windows Credential Manager, Linux Secret
 * Service), where the vault key can live so no passphrase is needed. Where there is none, or it
 * refuses, the vault can be kept behind a master passphrase instead.
 *
 * <p>Every call may wait for the admin (an unlock prompt) or for a store that does not answer: call it
 * off the workspace and FX threads. Failures are {@link KeyringException}s that say what to do.
 */
public interface OsKeyring extends AutoCloseable {

    /** How long one call may wait, e.g. for the admin to answer the store's unlock prompt. */
    Duration WAIT_LIMIT = Duration.ofSeconds(60);

    /** A keyring that is never there: tests, and machines without a credential store. */
    OsKeyring UNAVAILABLE = new OsKeyring() {
        @Override
        public boolean isAvailable() {
            return false;
        }

        @Override
        public Optional<String> read(String account) {
            throw new KeyringException(KeyringException.Problem.UNREACHABLE);
        }

        @Override
        public void write(String account, String value) {
            throw new KeyringException(KeyringException.Problem.UNREACHABLE);
        }

        @Override
        public void delete(String account) {
            // nothing stored, nothing to delete
        }

        @Override
        public void close() {
            // nothing opened
        }
    };

    /** Whether a credential store answers on this machine now (looked for again after it did not). */
    boolean isAvailable();

    /** The value stored for the account; empty when the store answers that it has none (or is locked and may not ask). */
    Optional<String> read(String account);

    /** Stores the value; throws when the store is missing or refuses. */
    void write(String account, String value);

    /** Deletes the account's value if there is one. */
    void delete(String account);

    /** Closes the connection to the store (D-Bus on Linux), which would otherwise keep the app's process alive. */
    @Override
    void close();

    /**
     * The credential store of this machine, connected on first use (finding out that there is none takes a
     * moment), each call waited for at most {@link #WAIT_LIMIT} on a thread of its own.
     */
    static OsKeyring system() {
        return system(WAIT_LIMIT);
    }

    /** As {@link #system()}, each call waited for at most {@code limit}. */
    static OsKeyring system(Duration limit) {
        return new BoundedKeyring(new JavaKeyringBackend(), limit);
    }
}
