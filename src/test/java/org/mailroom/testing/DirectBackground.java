package org.mailroom.testing;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.mailroom.ui.common.Background;

/** Runs background work at once on the caller's thread, so view models can be tested without a toolkit. */
public final class DirectBackground implements Background {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    @Override
    public <T> Run run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return DONE;
        }
        onSuccess.accept(result);
        return DONE;
    }

    /** Work run on the caller's thread has ended by the time anyone could cancel it. */
    private static final Run DONE = new Run() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @Override
    public void publish(Runnable update) {
        update.run();
    }

    @Override
    public ObservableBooleanValue busy() {
        return busy;
    }
}
