package org.mailroom.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in {@link Task}s on named daemon threads: one for the workspace (one writer, in order),
 * several for mail servers so a slow server never holds up the workspace.
 */
public final class FxBackground implements Background, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxBackground.class);
    /** How long closing waits for queued work: enough for any write, short enough to never hang the exit. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    private static final Run NOT_STARTED = new Run() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isCancelled() {
            return true;
        }
    };

    private final String name;
    private final ExecutorService executor;
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final ObservableBooleanValue busy = Bindings.greaterThan(running, 0);

    /** @param name the threads' name ("mailroom-workspace", "mailroom-mail-2", ...), as logs and profiles show it */
    public FxBackground(String name, int threads) {
        this.name = name;
        this.executor = Executors.newFixedThreadPool(threads, threads == 1 ? daemonThread(name) : daemonThreads(name));
    }

    /** Daemon threads named {@code name-1}, {@code name-2}, ... */
    public static ThreadFactory daemonThreads(String name) {
        AtomicInteger serial = new AtomicInteger();
        return runnable -> daemon(runnable, name + "-" + serial.incrementAndGet());
    }

    private static ThreadFactory daemonThread(String name) {
        return runnable -> daemon(runnable, name);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public <T> Run run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            LOG.debug("{} is closed: work handed over while the app closes is not started", name);
            return NOT_STARTED;
        }
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
        task.setOnCancelled(event -> running.set(running.get() - 1));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closedMeanwhile) {
            running.set(running.get() - 1);
            return NOT_STARTED;
        }
        return new Run() {
            @Override
            public void cancel() {
                task.cancel(true); // one no worker has taken yet never runs
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
    }

    @Override
    public void publish(Runnable update) {
        Platform.runLater(update);
    }

    @Override
    public ObservableBooleanValue busy() {
        return busy;
    }

    /** Stops at once: for work that may wait on a server, which nothing needs once the app closes. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * Lets the work already queued finish (a write the admin made just before closing is not lost), then
     * stops. Waits at most {@value #CLOSE_WAIT_SECONDS} s and logs why when it gives up.
     */
    public void closeAfterQueuedWork() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Closing without waiting longer for {}: a task still runs after {} s and {} never started",
                        name, CLOSE_WAIT_SECONDS, executor.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            LOG.warn("Closing without waiting for {}: interrupted; {} task(s) never started", name, executor.shutdownNow().size());
            Thread.currentThread().interrupt();
        }
    }
}
