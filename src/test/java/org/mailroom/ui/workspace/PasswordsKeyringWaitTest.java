package org.mailroom.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.Vault;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;

/**
 * Calls that wait on the credential store go to the keyring's own worker, never the workspace's: while one
 * waits, the window says so, workspace work still runs, and Stop waiting ends the wait with nothing changed.
 */
@ExtendWith(WorkspaceExtension.class)
class PasswordsKeyringWaitTest {

    /** A keyring worker whose calls wait until the test lets them run (as a store that does not answer). */
    private static final class WaitingWorker implements org.mailroom.ui.common.Background {
        final List<Runnable> queued = new ArrayList<>();
        final List<Run> runs = new ArrayList<>();

        @Override
        public <T> Run run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            boolean[] cancelled = {false};
            queued.add(() -> {
                if (!cancelled[0]) {
                    new DirectBackground().run(work, onSuccess, onFailure);
                }
            });
            Run run = new Run() {
                @Override
                public void cancel() {
                    cancelled[0] = true;
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            };
            runs.add(run);
            return run;
        }

        @Override
        public void publish(Runnable update) {
            update.run();
        }

        @Override
        public ObservableBooleanValue busy() {
            return new ReadOnlyBooleanWrapper();
        }
    }

    @Test
    void whileTheStoreIsWaitedForTheWindowSaysSoWorkspaceWorkRunsAndStopWaitingChangesNothing(TempWorkspace workspace) {
        Vault vault = new Vault(workspace.database(), OsKeyring.UNAVAILABLE);
        WaitingWorker keyringWork = new WaitingWorker();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        PasswordsViewModel menu = new PasswordsViewModel(vault, new Secrets(vault), new DirectBackground(), keyringWork, dialogs);
        menu.start();

        menu.savePasswords(); // asks the store first: waits
        assertThat(menu.waitingProperty().get()).isTrue();
        assertThat(keyringWork.queued).hasSize(1);
        menu.savePasswords(); // a second click while waiting starts no second wait
        assertThat(keyringWork.queued).hasSize(1);

        menu.setNeverSave(false); // workspace work meanwhile: runs at once, not behind the store
        assertThat(menu.stateProperty().get()).isEqualTo("Passwords: this session only");

        menu.cancelWaiting();
        assertThat(menu.waitingProperty().get()).isFalse();
        assertThat(keyringWork.runs.get(0).isCancelled()).isTrue();
        keyringWork.queued.get(0).run(); // the store answers late: nothing happens any more
        assertThat(dialogs.questions).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vault.state()).isEqualTo(Vault.State.NOT_SET_UP);
    }
}
