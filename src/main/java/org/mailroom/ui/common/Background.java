package org.mailroom.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Where view models send database, mail, token and file work, so that the FX thread only touches
 * the UI. Results, failures and the finally step come back on the FX thread. Tests use a synchronous
 * implementation.
 */
public interface Background {

    /** A run that has been handed over: cancel it, even before a worker has picked it up. */
    interface Run {
        /** Stops the run: one not started never starts, one running is interrupted; no callback runs after. */
        void cancel();

        boolean isCancelled();
    }

    /** Starts {@code work}; exactly one of the two callbacks runs, unless the run is cancelled first. */
    <T> Run run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Starts {@code work} with failures handled by type: a failure of type {@code expected} goes to
     * {@code onExpected}, any other to {@code onOther}; {@code andFinally} runs after either, or after success.
     */
    default <T, E extends Throwable> Run run(Callable<T> work, Consumer<? super T> onSuccess, Class<E> expected,
                                             Consumer<? super E> onExpected, Consumer<Throwable> onOther, Runnable andFinally) {
        return run(work, result -> {
            try {
                onSuccess.accept(result);
            } finally {
                andFinally.run();
            }
        }, failure -> {
            try {
                if (expected.isInstance(failure)) {
                    onExpected.accept(expected.cast(failure));
                } else {
                    onOther.accept(failure);
                }
            } finally {
                andFinally.run();
            }
        });
    }

    /** Runs {@code update} on the FX thread, e.g. progress reported by a worker thread. */
    void publish(Runnable update);

    /** True while some work is running; drives the busy indicator. */
    ObservableBooleanValue busy();
}
