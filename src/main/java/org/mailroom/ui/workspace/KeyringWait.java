package org.mailroom.ui.workspace;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.mailroom.ui.common.Background;

/**
 * Work that waits on the OS credential store (its unlock prompt, or a store that does not answer), on a
 * worker of its own so that workspace work never queues behind it. While it runs the window says so and
 * offers Cancel; one such wait at a time.
 */
final class KeyringWait {

    private final Background worker;
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper();
    private Background.Run current;

    KeyringWait(Background worker) {
        this.worker = worker;
    }

    /** Starts {@code work} unless a wait is already on (a second click on Unlock); callbacks run on the FX thread. */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (waiting.get()) {
            return;
        }
        waiting.set(true);
        Background.Run run = worker.run(work, result -> {
            done();
            onSuccess.accept(result);
        }, failure -> {
            done();
            onFailure.accept(failure);
        });
        if (waiting.get()) {
            current = run;
        }
    }

    /** As {@link #run(Callable, Consumer, Consumer)} for work with no result. */
    void run(Runnable work, Runnable onDone, Consumer<Throwable> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, done -> onDone.run(), onFailure);
    }

    /** Stops waiting: the store's call is interrupted (its prompt dismissed); no callback runs. */
    void cancel() {
        if (current != null) {
            current.cancel();
        }
        done();
    }

    private void done() {
        waiting.set(false);
        current = null;
    }

    ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }
}
