package org.mailroom.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.mailroom.ui.common.Background;

/**
 * Background work the test steps through by hand: each run waits until the test calls its work, then until the test
 * delivers its result, so a test can put a worker's read and the FX thread's callbacks in any order it needs.
 */
public final class SteppedBackground implements Background {

    /** One run handed over, neither worked nor delivered yet. */
    public static final class Step<T> implements Run {
        private final Callable<T> work;
        private final Consumer<? super T> onSuccess;
        private final Consumer<Throwable> onFailure;
        private T result;
        private Exception failure;
        private boolean cancelled;

        private Step(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        /** Runs the work, as a worker thread would; its result waits for {@link #deliver()}. */
        public Step<T> work() {
            try {
                result = work.call();
            } catch (Exception e) {
                failure = e;
            }
            return this;
        }

        /** Hands the result to its callback, as the FX thread would. */
        public void deliver() {
            if (failure != null) {
                onFailure.accept(failure);
            } else {
                onSuccess.accept(result);
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    private final List<Step<?>> waiting = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    @Override
    public <T> Run run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Step<T> step = new Step<>(work, onSuccess, onFailure);
        waiting.add(step);
        busy.set(true);
        return step;
    }

    /** The oldest run not taken yet. */
    public Step<?> next() {
        if (waiting.isEmpty()) {
            throw new IllegalStateException("no background run is waiting");
        }
        Step<?> next = waiting.remove(0);
        busy.set(!waiting.isEmpty());
        return next;
    }

    /** Works and delivers every run waiting, including runs they start, in order. */
    public void runAll() {
        while (!waiting.isEmpty()) {
            next().work().deliver();
        }
    }

    public boolean idle() {
        return waiting.isEmpty();
    }

    @Override
    public void publish(Runnable update) {
        update.run();
    }

    @Override
    public ObservableBooleanValue busy() {
        return busy.getReadOnlyProperty();
    }
}
