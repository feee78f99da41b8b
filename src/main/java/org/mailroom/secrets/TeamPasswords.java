package org.mailroom.secrets;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mailroom.store.WorkspaceLocation;

/**
 * The passwords of team workspaces: in memory for this session, and in this computer's OS credential store when the
 * admin ticks "Remember the password" — never in a file. They can't live in a workspace's own vault: the password is
 * needed before the team workspace is open. Without a credential store the password is asked each session (a master
 * passphrase in its place would only swap one thing to type for another). Every call that reaches the store may wait
 * on it: not on the FX thread.
 */
public final class TeamPasswords {

    private static final String ACCOUNT_PREFIX = "team-workspace ";

    private final OsKeyring keyring;
    private final Map<String, char[]> session = new ConcurrentHashMap<>();

    public TeamPasswords(OsKeyring keyring) {
        this.keyring = keyring;
    }

    /** The password typed this session, else the one remembered on this computer; empty when neither. */
    public Optional<char[]> find(WorkspaceLocation.TeamServer server) {
        char[] typed = session.get(server.secretKey());
        if (typed != null) {
            return Optional.of(typed.clone());
        }
        if (!keyring.isAvailable()) {
            return Optional.empty();
        }
        try {
            return keyring.read(account(server)).map(String::toCharArray);
        } catch (KeyringException e) {
            return Optional.empty();
        }
    }

    /** Whether this computer has a credential store to remember passwords in. */
    public boolean canRemember() {
        return keyring.isAvailable();
    }

    /** Whether a password for the workspace is remembered on this computer. */
    public boolean isRemembered(WorkspaceLocation.TeamServer server) {
        try {
            return keyring.isAvailable() && keyring.read(account(server)).isPresent();
        } catch (KeyringException e) {
            return false;
        }
    }

    /**
     * Keeps the password the server took for this session; in the credential store when {@code remember}, else deletes
     * what the store kept of an earlier one.
     *
     * @throws KeyringException in words, when the store would not keep it (the session still has it)
     */
    public void keep(WorkspaceLocation.TeamServer server, char[] password, boolean remember) {
        char[] before = session.put(server.secretKey(), password.clone());
        if (before != null) {
            Arrays.fill(before, '\0');
        }
        if (remember) {
            keyring.write(account(server), new String(password));
        } else if (keyring.isAvailable()) {
            keyring.delete(account(server));
        }
    }

    private static String account(WorkspaceLocation.TeamServer server) {
        return ACCOUNT_PREFIX + server.secretKey();
    }
}
