package org.mailroom.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords typed in this session, kept in memory only and never written anywhere: the spec has the
 * admin type a password, and an encrypted vault is a separate feature.
 */
public final class SessionPasswords {

    private final Map<Long, char[]> byMailboxId = new ConcurrentHashMap<>();

    public void remember(long mailboxId, char[] password) {
        char[] previous = byMailboxId.put(mailboxId, password.clone());
        wipe(previous);
    }

    public boolean isKnown(long mailboxId) {
        return byMailboxId.containsKey(mailboxId);
    }

    /** A copy the caller should wipe after use. */
    public Optional<char[]> get(long mailboxId) {
        char[] password = byMailboxId.get(mailboxId);
        return Optional.ofNullable(password).map(char[]::clone);
    }

    public void forget(long mailboxId) {
        wipe(byMailboxId.remove(mailboxId));
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
