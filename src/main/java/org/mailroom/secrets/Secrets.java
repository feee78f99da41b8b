package org.mailroom.secrets;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mailroom.domain.SecretRef;
import org.mailroom.store.SecretSealer;

/**
 * The one owner of the admin's secrets (mailbox passwords, client secrets): in memory for this session,
 * and sealed in the {@link Vault} whenever saving is on. Every screen and service asks here, so a secret
 * typed before "Save passwords on this computer" is turned on is still there to be saved when it is.
 * Thread-safe: called from background work.
 */
public final class Secrets {

    /** What Mailroom holds of one secret, as the details panel says it. */
    public enum State {
        /** Neither typed this session nor saved. */
        NONE,
        /** Typed this session, kept in memory only. */
        TYPED,
        /** Saved, sealed, on this computer (known this session once the vault is unlocked). */
        SAVED
    }

    private final Map<SecretRef, char[]> typed = new ConcurrentHashMap<>();
    /** Which secrets the vault holds, kept in memory so the screens can ask on the FX thread. */
    private final Set<SecretRef> saved = ConcurrentHashMap.newKeySet();
    private final Vault vault;

    public Secrets(Vault vault) {
        this.vault = vault;
    }

    /** Keeps the secret for this session, and saves it sealed when saving is on; returns whether it was saved. */
    public boolean remember(SecretRef ref, char[] secret) {
        keep(ref, secret);
        if (vault.canSave()) {
            vault.save(ref, secret);
            saved.add(ref);
            return true;
        }
        return false;
    }

    /** Reads again which secrets are saved: at start, and after the vault or an import changed them. */
    public void refresh() {
        List<SecretRef> now = vault.savedRefs();
        saved.retainAll(now);
        saved.addAll(now);
    }

    /** Whether a secret remembered now is also saved (vault unlocked, saving not off); reads the workspace. */
    public boolean savesNow() {
        return vault.canSave();
    }

    /** Keeps it for this session only, whatever the vault allows (e.g. a secret just imported and saved already). */
    public void keep(SecretRef ref, char[] secret) {
        wipe(typed.put(ref, secret.clone()));
    }

    /** A copy the caller wipes; from this session, else from the unlocked vault; empty when neither has it. */
    public Optional<char[]> get(SecretRef ref) {
        char[] known = typed.get(ref);
        if (known != null || !vault.isUnlocked()) {
            return Optional.ofNullable(known).map(char[]::clone);
        }
        Optional<char[]> saved = vault.load(ref);
        saved.ifPresent(secret -> keep(ref, secret));
        return saved;
    }

    /** Answers from memory: safe on the FX thread. */
    public State state(SecretRef ref) {
        if (saved.contains(ref)) {
            return State.SAVED;
        }
        return typed.containsKey(ref) ? State.TYPED : State.NONE;
    }

    /** Known for this session or saved on this computer (even while the vault is locked). */
    public boolean isKnown(SecretRef ref) {
        return state(ref) != State.NONE;
    }

    /** Forgets it for the session and deletes it from the vault. */
    public void forget(SecretRef ref) {
        wipe(typed.remove(ref));
        vault.delete(ref);
        saved.remove(ref);
    }

    /** How many secrets were typed this session and are not saved: what turning saving on would save. */
    public int unsavedCount() {
        return unsaved().size();
    }

    /** Saves every secret typed this session that is not saved yet; returns how many were saved. */
    public int saveTyped() {
        if (!vault.canSave()) {
            return 0;
        }
        List<SecretRef> toSave = unsaved();
        toSave.forEach(ref -> Optional.ofNullable(typed.get(ref)).ifPresent(secret -> {
            vault.save(ref, secret);
            saved.add(ref);
        }));
        return toSave.size();
    }

    /** Reads which secrets are saved and, when the vault is unlocked, opens them for the session. */
    public void preload() {
        refresh();
        if (vault.isUnlocked()) {
            List.copyOf(saved).forEach(this::get);
        }
    }

    /** Seals secrets for the workspace when saving is possible now (vault unlocked, saving not off). */
    public Optional<SecretSealer> sealerIfSaving() {
        return vault.canSave() ? Optional.of(vault.sealer()) : Optional.empty();
    }

    private List<SecretRef> unsaved() {
        return typed.keySet().stream().filter(ref -> !saved.contains(ref)).toList();
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
