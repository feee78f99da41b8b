package org.mailroom.secrets;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mailroom.secrets.KeyringException.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every call of a credential store on a thread of its own and waits for it at most a bound. A store
 * can hang (an unlock prompt nobody answers waits 120 s per call in the Linux library, several calls in a
 * row): past the bound, or when the waiting thread is interrupted (the admin pressed Cancel), the call is
 * interrupted, which also dismisses its prompt, the connection is closed, and later calls start on a new thread.
 */
final class BoundedKeyring implements OsKeyring {

    private static final Logger LOG = LoggerFactory.getLogger(BoundedKeyring.class);

    private final OsKeyring store;
    private final Duration limit;
    private ExecutorService worker = newWorker();
    private boolean closed;

    BoundedKeyring(OsKeyring store, Duration limit) {
        this.store = store;
        this.limit = limit;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mailroom-keyring-call");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public boolean isAvailable() {
        try {
            return call(store::isAvailable);
        } catch (KeyringException e) {
            return false;
        }
    }

    @Override
    public Optional<String> read(String account) {
        return call(() -> store.read(account));
    }

    @Override
    public void write(String account, String value) {
        call(() -> {
            store.write(account, value);
            return null;
        });
    }

    @Override
    public void delete(String account) {
        call(() -> {
            store.delete(account);
            return null;
        });
    }

    private <T> T call(Callable<T> work) {
        ExecutorService current;
        Future<T> call;
        synchronized (this) {
            if (closed) {
                throw new KeyringException(Problem.UNREACHABLE);
            }
            current = worker;
            call = current.submit(work);
        }
        try {
            return call.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof KeyringException known ? known : new KeyringException(Problem.UNREACHABLE, e.getCause());
        } catch (TimeoutException e) {
            LOG.warn("The OS credential store did not answer within {} s; the call is abandoned", limit.toSeconds());
            abandon(current, call);
            throw new KeyringException(Problem.TIMED_OUT, e);
        } catch (InterruptedException e) {
            LOG.info("Stopped waiting for the OS credential store (cancelled)");
            abandon(current, call);
            Thread.currentThread().interrupt();
            throw new KeyringException(Problem.CANCELLED, e);
        }
    }

    /** The stuck call is interrupted and its connection closed; the next call gets a fresh thread and connection. */
    private void abandon(ExecutorService stuck, Future<?> call) {
        call.cancel(true);
        synchronized (this) {
            if (worker == stuck && !closed) {
                stuck.shutdownNow();
                worker = newWorker();
            }
        }
        store.close();
    }

    /** Stops any call still waiting and closes the connection; at the app's exit. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            worker.shutdownNow();
        }
        store.close();
    }
}
