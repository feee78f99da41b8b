package org.mailroom.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;

/**
 * Runs work in {@link Task}s on named daemon threads: one for the workspace (it has a single
 * connection anyway), several for mail servers so a slow server never holds up the workspace.
 */
public final class FxBackground implements Background, AutoCloseable {

    private final ExecutorService executor;
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final ObservableBooleanValue busy = Bindings.greaterThan(running, 0);

    public FxBackground(String threadName, int threads) {
        AtomicInteger serial = new AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, threads == 1 ? threadName : threadName + "-" + serial.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

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
    public void publish(Runnable update) {
        Platform.runLater(update);
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
