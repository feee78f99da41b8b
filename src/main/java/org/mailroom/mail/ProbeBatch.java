package org.mailroom.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "Test all": runs many connection tests with bounded concurrency, so a workstation does not open dozens
 * of connections at once to the same server. Cancellable; reports progress as each test ends. One batch
 * runs once; the UI wraps {@link #start} in its own task and binds the progress.
 */
public final class ProbeBatch {

    /** Called from the worker threads, once per finished test. */
    @FunctionalInterface
    public interface Progress {
        void finished(ProbeResult result, int done, int total);
    }

    private final int parallelism;
    private final List<ConnectionProbe> probes = new ArrayList<>();
    private final TlsSessions tls = TlsSessions.perRun();

    public ProbeBatch(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.parallelism = parallelism;
    }

    /** Starts all tests; the future completes with one result per request, in the order of the requests. */
    public CompletableFuture<List<ProbeResult>> start(List<ProbeRequest> requests, Progress progress) {
        return startProbes(requests.stream().<ConnectionProbe>map(request -> new MailProbe(request, Clock.systemDefaultZone(), tls))
                .toList(), progress);
    }

    /** The TLS state this batch's tests share (give it to the tests made for {@link #startProbes}). */
    public TlsSessions tls() {
        return tls;
    }

    /** Starts any mix of tests (mail servers, Graph, EWS); one result per probe, in their order. */
    public synchronized CompletableFuture<List<ProbeResult>> startProbes(List<? extends ConnectionProbe> tests, Progress progress) {
        if (!probes.isEmpty()) {
            throw new IllegalStateException("a batch runs once");
        }
        probes.addAll(tests);
        int total = probes.size();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, total)), task -> {
            Thread thread = new Thread(task, "mailroom-probe");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<ProbeResult>> futures = new ArrayList<>();
        for (ConnectionProbe probe : probes) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                // a test cancelled while queued still returns a result, "cancelled", without connecting
                ProbeResult result = probe.run();
                progress.finished(result, done.incrementAndGet(), total);
                return result;
            }, workers));
        }
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> futures.stream().map(CompletableFuture::join).toList())
                .whenComplete((results, error) -> workers.shutdown());
    }

    /** Stops the running tests and lets the queued ones finish at once as cancelled. */
    public void cancel() {
        List<ConnectionProbe> running;
        synchronized (this) {
            running = List.copyOf(probes);
        }
        running.forEach(ConnectionProbe::cancel);
    }
}
