package org.mailroom.secrets;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import org.mailroom.secrets.KeyringException.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link OsKeyring} through java-keyring. Connects on first use; after any failure the connection is
 * closed and the next call connects again, so a store started, unlocked or restarted later is found
 * without restarting Mailroom. Not thread-safe: {@link BoundedKeyring} calls it from one thread at a time.
 *
 * <p>java-keyring says "no such entry" ({@link PasswordAccessException}) also when a locked store may
 * not ask for its password; everything else it throws (on Linux often a bare NullPointerException when
 * D-Bus gave no answer) means the store could not be reached. The log gets the whole cause chain.
 */
final class JavaKeyringBackend implements OsKeyring {

    private static final Logger LOG = LoggerFactory.getLogger(JavaKeyringBackend.class);
    private static final String SERVICE = "Mailroom";

    private volatile Keyring keyring;

    private Keyring connected() {
        Keyring open = keyring;
        if (open != null) {
            return open;
        }
        try {
            open = Keyring.create();
        } catch (Exception | LinkageError e) {
            LOG.info("No OS credential store answers; saved passwords can use a master passphrase", e);
            throw new KeyringException(Problem.UNREACHABLE, e);
        }
        LOG.info("OS credential store found: {}", open.getKeyringStorageType());
        keyring = open;
        return open;
    }

    @Override
    public boolean isAvailable() {
        try {
            connected();
            return true;
        } catch (KeyringException e) {
            return false;
        }
    }

    @Override
    public Optional<String> read(String account) {
        try {
            return Optional.ofNullable(attempt("The OS credential store could not be read", Problem.NO_KEY, open -> open.getPassword(SERVICE, account)));
        } catch (PasswordAccessException e) {
            LOG.info("The OS credential store has no vault key {} (or is locked and may not ask)", account, e);
            return Optional.empty();
        }
    }

    @Override
    public void write(String account, String value) {
        try {
            attempt("The OS credential store could not be written", Problem.REFUSED, open -> {
                open.setPassword(SERVICE, account, value);
                return null;
            });
        } catch (PasswordAccessException e) {
            LOG.warn("The OS credential store refused the vault key", e);
            throw new KeyringException(Problem.REFUSED, e);
        }
    }

    @Override
    public void delete(String account) {
        try {
            attempt("The vault key could not be deleted from the OS credential store", Problem.REFUSED, open -> {
                open.deletePassword(SERVICE, account);
                return null;
            });
        } catch (PasswordAccessException e) {
            LOG.info("No vault key {} to delete from the OS credential store", account);
        }
    }

    /** One call of the library on the store. */
    private interface Call<T> {
        T on(Keyring open) throws PasswordAccessException;
    }

    /**
     * Runs the call; when it breaks on a connection opened earlier (the store may have been restarted, as
     * GNOME Keyring is after a dismissed prompt), once more on a new connection. When it breaks on a new
     * one while the store still answers, the store refused the item ({@code whenAnswering}: on Linux a
     * locked keyring that can't prompt answers so); else the store is unreachable.
     */
    private <T> T attempt(String what, Problem whenAnswering, Call<T> call) throws PasswordAccessException {
        boolean openedEarlier = keyring != null;
        Keyring open = connected();
        try {
            return call.on(open);
        } catch (PasswordAccessException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            close(open);
            if (openedEarlier) {
                LOG.warn("{} on the connection opened earlier; connecting again", what, e);
                return attempt(what, whenAnswering, call);
            }
            LOG.warn("{}", what, e);
            throw new KeyringException(isAvailable() ? whenAnswering : Problem.UNREACHABLE, e);
        }
    }

    @Override
    public void close() {
        close(keyring);
    }

    private void close(Keyring open) {
        if (open == null) {
            return;
        }
        if (keyring == open) {
            keyring = null;
        }
        try {
            open.close();
        } catch (Exception | LinkageError e) {
            LOG.info("Closing the connection to the OS credential store failed", e);
        }
    }
}
