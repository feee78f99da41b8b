package org.mailroom.ui.workspace;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.mailroom.secrets.KeyringException;
import org.mailroom.secrets.Passphrases;
import org.mailroom.secrets.SecretCipher;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.Vault;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saved passwords: the vault's key comes from the OS credential store where there is one, otherwise
 * from a master passphrase asked once per session; the admin can move it from one to the other.
 * Unlocking goes back to wherever the key is kept. Calls that wait on the credential store run on
 * their own worker ({@link KeyringWait}), never on the workspace's.
 */
public final class PasswordsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordsViewModel.class);

    /** What the admin may do when the credential store did not keep the key at set-up. */
    private enum Fallback {
        PASSPHRASE, TRY_AGAIN
    }

    private final Vault vault;
    private final Secrets secrets;
    private final Background background;
    private final KeyringWait keyring;
    private final DialogService dialogs;

    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final BooleanProperty neverSave = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper keptByKeyring = new ReadOnlyBooleanWrapper();

    /** @param keyringWork where calls that wait on the OS credential store run (not the workspace's worker) */
    public PasswordsViewModel(Vault vault, Secrets secrets, Background background, Background keyringWork, DialogService dialogs) {
        this.vault = vault;
        this.secrets = secrets;
        this.background = background;
        this.keyring = new KeyringWait(keyringWork);
        this.dialogs = dialogs;
    }

    /** At start: a vault kept by the OS credential store opens by itself if the store hands over the key. */
    public void start() {
        background.run(this::read, shown -> {
            show(shown);
            if (shown.state() == Vault.State.LOCKED && shown.keyring()) {
                keyring.run(vault::unlockWithKeyring, () -> run(() -> { }), failure -> {
                    LOG.info("Saved passwords stay locked at start: {}", failure.getMessage());
                    refresh();
                });
            }
        }, this::fail);
    }

    /** Sets the vault up (first time) or unlocks it from where its key is kept, then saves what is typed from now on. */
    public void savePasswords() {
        background.run(this::read, this::savePasswords, this::fail);
    }

    private void savePasswords(Shown now) {
        show(now);
        if (now.state() == Vault.State.NOT_SET_UP) {
            keyring.run(() -> vault.keyringAvailable() && setUpWithKeyring(),
                    kept -> {
                        if (kept) {
                            runThenSaveTyped(() -> { });
                        } else {
                            setUpWithPassphrase();
                        }
                    }, this::offerPassphrase);
        } else if (now.state() == Vault.State.LOCKED && now.keyring()) {
            keyring.run(vault::unlockWithKeyring, () -> runThenSaveTyped(() -> { }), this::keyringFailed);
        } else if (now.state() == Vault.State.LOCKED) {
            unlockWithPassphrase();
        }
    }

    private boolean setUpWithKeyring() {
        vault.setUpWithKeyring();
        return true;
    }

    /** The credential store is there but did not keep the key: a master passphrase instead, or try again. */
    private void offerPassphrase(Throwable failure) {
        if (!(failure instanceof KeyringException refused) || refused.problem() == KeyringException.Problem.CANCELLED) {
            keyringFailed(failure);
            return;
        }
        LOG.info("The credential store did not keep the vault key at set-up: {}", refused.getMessage());
        dialogs.choose(Text.get("passwords.setUp.title"), refused.getMessage() + "\n\n" + Text.get("passwords.fallback.question"),
                        List.of(Fallback.PASSPHRASE, Fallback.TRY_AGAIN), fallback -> Text.get(switch (fallback) {
                            case PASSPHRASE -> "passwords.fallback.passphrase";
                            case TRY_AGAIN -> "passwords.fallback.tryAgain";
                        }))
                .ifPresent(fallback -> {
                    if (fallback == Fallback.PASSPHRASE) {
                        setUpWithPassphrase();
                    } else {
                        savePasswords();
                    }
                });
    }

    private void setUpWithPassphrase() {
        askNewPassphrase("passwords.setUp.title").ifPresent(typed -> runThenSaveTyped(() -> {
            try {
                vault.setUp(typed);
            } finally {
                SecretCipher.wipe(typed);
            }
        }));
    }

    private void unlockWithPassphrase() {
        String title = Text.get("passwords.unlock.title");
        Optional<char[]> passphrase = dialogs.askPassword(title, Text.get("passwords.unlock.prompt"));
        passphrase.ifPresent(typed -> background.run(() -> {
            try {
                return vault.unlock(typed);
            } finally {
                SecretCipher.wipe(typed);
            }
        }, result -> {
            if (result == Vault.UnlockResult.WRONG_PASSPHRASE) {
                dialogs.showError(title, Text.get("passwords.unlock.wrong"));
            } else {
                runThenSaveTyped(() -> { });
            }
        }, this::fail));
    }

    /** A new master passphrase, checked against the rule; empty when cancelled or refused (the admin was told). */
    /** A new master passphrase, typed twice; the dialog refuses a weak one and stays open with the reason. */
    private Optional<char[]> askNewPassphrase(String titleKey) {
        return dialogs.askNewPassword(Text.get(titleKey), Text.get("passwords.setUp.prompt", Passphrases.MIN_LENGTH),
                Passphrases::refusal);
    }

    /**
     * Saving is on now: the passwords typed earlier this session are saved too, once the admin agrees
     * (asked once, with how many there are).
     */
    private void runThenSaveTyped(Runnable change) {
        background.run(() -> {
            change.run();
            secrets.preload();
            return vault.canSave() ? secrets.unsavedCount() : 0;
        }, unsaved -> {
            if (unsaved > 0 && dialogs.confirm(Text.get("passwords.saveTyped.title"),
                    Text.get("passwords.saveTyped.question", unsaved), Text.get("passwords.saveTyped.confirm", unsaved))) {
                run(secrets::saveTyped);
            } else {
                run(() -> { });
            }
        }, this::fail);
    }

    /** Passwords ▸ Keep the key behind a master passphrase…: the credential store's entry is deleted. */
    public void useMasterPassphrase() {
        askNewPassphrase("passwords.toPassphrase.title").ifPresent(typed -> keyring.run(() -> {
            try {
                vault.moveToPassphrase(typed);
            } finally {
                SecretCipher.wipe(typed);
            }
        }, this::refresh, this::keyringFailed));
    }

    /** Passwords ▸ Keep the key in this computer's credential store: no passphrase asked from then on. */
    public void useCredentialStore() {
        keyring.run(vault::moveToKeyring, this::refresh, this::keyringFailed);
    }

    /** Forgets the key; saved passwords stay encrypted until the next unlock. */
    public void lock() {
        run(vault::lock);
    }

    public void setNeverSave(boolean never) {
        if (never && !dialogs.confirm(Text.get("passwords.never.title"), Text.get("passwords.never.question"), Text.get("passwords.never.confirm"))) {
            neverSave.set(false); // declined: the box goes back to how it was
            return;
        }
        run(() -> vault.setNeverSave(never));
    }

    /** For a forgotten passphrase or a lost key: deletes the saved passwords (and the store's entry), keeps everything else. */
    public void reset() {
        if (dialogs.confirm(Text.get("passwords.reset.title"), Text.get("passwords.reset.question"), Text.get("passwords.reset.confirm"))) {
            keyring.run(vault::reset, this::refresh, this::fail);
        }
    }

    /** The Cancel beside "Waiting for the keyring…": stops waiting, nothing changes. */
    public void cancelWaiting() {
        keyring.cancel();
        refresh();
    }

    /** The store did not do it: the sentence says what to do; a cancelled wait needs none. */
    private void keyringFailed(Throwable failure) {
        if (!(failure instanceof KeyringException cancelled && cancelled.problem() == KeyringException.Problem.CANCELLED)) {
            fail(failure);
        }
        refresh();
    }

    private void refresh() {
        run(() -> { });
    }

    private void run(Runnable change) {
        background.run(() -> {
            change.run();
            secrets.preload();
            return read();
        }, this::show, this::fail);
    }

    /** The vault as read in the background: what the status line and the menu show. */
    private record Shown(Vault.State state, boolean neverSave, boolean keyring) {
    }

    private Shown read() {
        return new Shown(vault.state(), vault.neverSave(), vault.keptByKeyring());
    }

    private void show(Shown shown) {
        neverSave.set(shown.neverSave());
        locked.set(shown.state() == Vault.State.LOCKED);
        open.set(shown.state() == Vault.State.UNLOCKED);
        keptByKeyring.set(shown.keyring());
        state.set(Text.get(shown.neverSave() ? "passwords.state.never" : switch (shown.state()) {
            case NOT_SET_UP -> "passwords.state.session";
            case LOCKED -> "passwords.state.locked";
            case UNLOCKED -> "passwords.state.unlocked";
        }));
    }

    private void fail(Throwable failure) {
        dialogs.showError(Text.get("error.title"), Failures.describe(failure));
    }

    /** Saved passwords exist but are locked: "Unlock saved passwords…" is offered. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** Saved passwords are open: "Lock saved passwords" and moving the key are offered. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** The key is kept by the OS credential store (else behind a master passphrase). */
    public ReadOnlyBooleanProperty keptByKeyringProperty() {
        return keptByKeyring.getReadOnlyProperty();
    }

    /** A call waits on the credential store: "Waiting for the keyring to be unlocked…" and Cancel are shown. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return keyring.waitingProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public BooleanProperty neverSaveProperty() {
        return neverSave;
    }
}
