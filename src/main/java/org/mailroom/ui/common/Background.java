package org.mailroom.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Where view models send database, mail, token and file work, so that the FX thread only touches
 * the UI. Results and failures come back on the FX thread. Tests use a synchronous implementation.
 */
public interface Background {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code update} on the FX thread, e.g. progress reported by a worker thread. */
    void publish(Runnable update);

    /** True while some work is running; drives the busy indicator. */
    ObservableBooleanValue busy();
}
