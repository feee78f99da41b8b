package org.mailroom.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;

/** Runs work in {@link Task}s on one named daemon thread: the workspace has a single connection anyway. */
public final class FxBackground implements Background, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mailroom-workspace");
        thread.setDaemon(true);
        return thread;
    });
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final ObservableBooleanValue busy = Bindings.greaterThan(running, 0);

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        running.set(running.get() + 1);
        task.setOnSucceeded(event -> {
            running.set(running.get() - 1);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            running.set(running.get() - 1);
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }

    @Override
    public ObservableBooleanValue busy() {
        return busy;
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
