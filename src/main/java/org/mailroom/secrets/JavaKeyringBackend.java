package org.mailroom.secrets;

import com.github.javakeyring.Keyring;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link OsKeyring} through java-keyring. On Linux without a D-Bus Secret Service (servers, CI,
 * containers) {@code Keyring.create()} throws at once and we fall back to the passphrase; any failure
 * later (a locked or vanished store) reads as "not there", never as a crash.
 */
final class JavaKeyringBackend implements OsKeyring {

    private static final Logger LOG = LoggerFactory.getLogger(JavaKeyringBackend.class);
    private static final String SERVICE = "Mailroom";

    private final Keyring keyring;

    private JavaKeyringBackend(Keyring keyring) {
        this.keyring = keyring;
    }

    static OsKeyring open() {
        try {
            Keyring keyring = Keyring.create();
            LOG.info("OS credential store found: {}", keyring.getKeyringStorageType());
            return new JavaKeyringBackend(keyring);
        } catch (Exception | LinkageError e) {
            LOG.info("No OS credential store ({}); saved secrets use a master passphrase", e.toString());
            return UNAVAILABLE;
        }
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public Optional<String> read(String account) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account));
        } catch (Exception | LinkageError e) {
            LOG.warn("The OS credential store could not be read: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public boolean write(String account, String value) {
        try {
            keyring.setPassword(SERVICE, account, value);
            return true;
        } catch (Exception | LinkageError e) {
            LOG.warn("The OS credential store refused the vault key: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    @Override
    public void delete(String account) {
        try {
            keyring.deletePassword(SERVICE, account);
        } catch (Exception | LinkageError e) {
            LOG.info("No vault key to delete from the OS credential store: {}", e.getClass().getSimpleName());
        }
    }
}
