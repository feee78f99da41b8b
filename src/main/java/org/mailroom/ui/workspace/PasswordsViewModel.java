package org.mailroom.ui.workspace;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.mailroom.secrets.Passphrases;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.Vault;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.Failures;

/**
 * Saved passwords: the vault's key comes from the OS credential store where there is one, otherwise
 * from a master passphrase asked once per session. Unlocking loads the saved passwords for the session.
 */
public final class PasswordsViewModel {

    private final Vault vault;
    private final Secrets secrets;
    private final Background background;
    private final DialogService dialogs;

    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final BooleanProperty neverSave = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();

    public PasswordsViewModel(Vault vault, Secrets secrets, Background background, DialogService dialogs) {
        this.vault = vault;
        this.secrets = secrets;
        this.background = background;
        this.dialogs = dialogs;
    }

    /** At start: a vault kept by the OS credential store opens by itself. */
    public void start() {
        background.run(() -> {
            if (vault.state() == Vault.State.LOCKED && vault.keyringAvailable()) {
                vault.unlockWithKeyring();
            }
            secrets.preload();
            return new Shown(vault.state(), vault.neverSave());
        }, this::show, this::fail);
    }

    /** Sets the vault up (first time) or unlocks it, then saves what is typed from now on. */
    public void savePasswords() {
        // the vault's state is in the workspace and the keyring may take a moment to answer: ask off the FX thread
        background.run(() -> new Situation(vault.state(), vault.keyringAvailable()), this::savePasswords, this::fail);
    }

    private record Situation(Vault.State state, boolean keyring) {
    }

    private void savePasswords(Situation situation) {
        Vault.State current = situation.state();
        if (current == Vault.State.UNLOCKED) {
            return;
        }
        if (current == Vault.State.NOT_SET_UP && situation.keyring()) {
            runThenSaveTyped(vault::setUpWithKeyring);
            return;
        }
        String title = Text.get(current == Vault.State.NOT_SET_UP ? "passwords.setUp.title" : "passwords.unlock.title");
        Optional<char[]> passphrase = current == Vault.State.NOT_SET_UP
                ? dialogs.askNewPassword(title, Text.get("passwords.setUp.prompt", Passphrases.MIN_LENGTH), Passphrases::refusal)
                : dialogs.askPassword(title, Text.get("passwords.unlock.prompt"));
        if (passphrase.isEmpty()) {
            return;
        }
        char[] typed = passphrase.get();
        if (current == Vault.State.NOT_SET_UP) {
            runThenSaveTyped(() -> vault.setUp(typed));
        } else {
            background.run(() -> vault.unlock(typed), result -> {
                if (result == Vault.UnlockResult.WRONG_PASSPHRASE) {
                    dialogs.showError(title, Text.get("passwords.unlock.wrong"));
                } else {
                    runThenSaveTyped(() -> { });
                }
            }, this::fail);
        }
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

    /** For a forgotten passphrase: deletes the saved passwords, keeps everything else. */
    public void reset() {
        if (dialogs.confirm(Text.get("passwords.reset.title"), Text.get("passwords.reset.question"), Text.get("passwords.reset.confirm"))) {
            run(vault::reset);
        }
    }

    private void run(Runnable change) {
        background.run(() -> {
            change.run();
            secrets.preload();
            return new Shown(vault.state(), vault.neverSave());
        }, this::show, this::fail);
    }

    /** The vault as read in the background: what the status line and the menu show. */
    private record Shown(Vault.State state, boolean neverSave) {
    }

    private void show(Shown shown) {
        neverSave.set(shown.neverSave());
        locked.set(shown.state() == Vault.State.LOCKED);
        open.set(shown.state() == Vault.State.UNLOCKED);
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

    /** Saved passwords are open: "Lock saved passwords" is offered. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public BooleanProperty neverSaveProperty() {
        return neverSave;
    }
}
