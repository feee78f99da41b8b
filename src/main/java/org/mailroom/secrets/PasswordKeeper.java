package org.mailroom.secrets;

import java.util.Optional;
import org.mailroom.domain.SecretKind;
import org.mailroom.domain.SecretRef;
import org.mailroom.domain.SessionPasswords;
import org.mailroom.store.SecretSealer;

/**
 * What the screens ask for a password or client secret: remembered for the session as before, and
 * also saved sealed in the vault when it is unlocked and "Never save passwords" is off. A saved secret
 * is read from the vault once and then kept in memory for the session.
 */
public final class PasswordKeeper {

    private final SessionPasswords mailboxPasswords;
    private final SessionPasswords clientSecrets = new SessionPasswords();
    private final Vault vault;

    /** @param mailboxPasswords the session memory the mailbox screens already share */
    public PasswordKeeper(SessionPasswords mailboxPasswords, Vault vault) {
        this.mailboxPasswords = mailboxPasswords;
        this.vault = vault;
    }

    /** Remembers the secret; returns whether it was also saved in the vault. */
    public boolean remember(SecretRef ref, char[] secret) {
        session(ref).remember(ref.ownerId(), secret);
        if (vault.canSave()) {
            vault.save(ref, secret);
            return true;
        }
        return false;
    }

    /** Remembers it for this session only, whatever the vault allows. */
    public void rememberForSession(SecretRef ref, char[] secret) {
        session(ref).remember(ref.ownerId(), secret);
    }

    /** Seals secrets for the workspace when saving is possible now (vault unlocked, saving not off). */
    public Optional<SecretSealer> sealerIfSaving() {
        return vault.canSave() ? Optional.of(vault.sealer()) : Optional.empty();
    }

    /** Known for this session or saved in the vault (even while it is locked). */
    public boolean isKnown(SecretRef ref) {
        return session(ref).isKnown(ref.ownerId()) || vault.isSaved(ref);
    }

    /** A copy the caller wipes; empty when neither the session nor the unlocked vault has it. */
    public Optional<char[]> get(SecretRef ref) {
        Optional<char[]> remembered = session(ref).get(ref.ownerId());
        if (remembered.isPresent() || !vault.isUnlocked()) {
            return remembered;
        }
        Optional<char[]> saved = vault.load(ref);
        saved.ifPresent(secret -> session(ref).remember(ref.ownerId(), secret));
        return saved;
    }

    /** Forgets it for the session and deletes it from the vault. */
    public void forget(SecretRef ref) {
        session(ref).forget(ref.ownerId());
        vault.delete(ref);
    }

    private SessionPasswords session(SecretRef ref) {
        return ref.kind() == SecretKind.MAILBOX_PASSWORD ? mailboxPasswords : clientSecrets;
    }
}
