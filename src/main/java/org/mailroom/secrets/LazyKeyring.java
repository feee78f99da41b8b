package org.mailroom.secrets;

import java.util.Optional;
import java.util.function.Supplier;

/** Opens the real credential store the first time it is needed. */
final class LazyKeyring implements OsKeyring {

    private final Supplier<OsKeyring> opener;
    private OsKeyring opened;

    LazyKeyring(Supplier<OsKeyring> opener) {
        this.opener = opener;
    }

    private synchronized OsKeyring keyring() {
        if (opened == null) {
            opened = opener.get();
        }
        return opened;
    }

    @Override
    public boolean isAvailable() {
        return keyring().isAvailable();
    }

    @Override
    public Optional<String> read(String account) {
        return keyring().read(account);
    }

    @Override
    public boolean write(String account, String value) {
        return keyring().write(account, value);
    }

    @Override
    public void delete(String account) {
        keyring().delete(account);
    }
}
