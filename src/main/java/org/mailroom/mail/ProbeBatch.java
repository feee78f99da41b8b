package org.mailroom.mail;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "Test all": runs many connection tests side by side, at most {@code perServer} at once against any one server
 * ({@link ConnectionProbe#server()}), so no server gets more of our connections at once than that, while tests of
 * different servers do not wait for each other. Cancellable; reports progress as each test ends. One batch runs once; the
 * UI wraps {@link #start} in its own task and binds the progress. The tests of a batch share {@link #run()}.
 */
public final class ProbeBatch {

    /** At most this many tests at once overall: each holds a thread, mostly waiting on its server. */
    static final int MAX_RUNNING = 100;

    /** Called from the worker threads, once per finished test. */
    @FunctionalInterface
    public interface Progress {
        void finished(ProbeResult result, int done, int total);
    }

    private final int perServer;
    private final List<ConnectionProbe> probes = new ArrayList<>();
    private final ProbeRun run = ProbeRun.batch();

    /** @param perServer how many tests may run at once against one server */
    public ProbeBatch(int perServer) {
        if (perServer < 1) {
            throw new IllegalArgumentException("perServer must be at least 1");
        }
        this.perServer = perServer;
    }

    /** Starts all tests; the future completes with one result per request, in the order of the requests. */
    public CompletableFuture<List<ProbeResult>> start(List<ProbeRequest> requests, Progress progress) {
        return startProbes(requests.stream().<ConnectionProbe>map(request -> new MailProbe(request, Clock.systemDefaultZone(), run.tls()))
                .toList(), progress);
    }

    /** What this batch's tests share (give it to the tests made for {@link #startProbes}). */
    public ProbeRun run() {
        return run;
    }

    /** Starts any mix of tests (mail servers, Graph, EWS); one result per probe, in their order. */
    public synchronized CompletableFuture<List<ProbeResult>> startProbes(List<? extends ConnectionProbe> tests, Progress progress) {
        if (!probes.isEmpty()) {
            throw new IllegalStateException("a batch runs once");
        }
        probes.addAll(tests);
        Map<String, Deque<Integer>> waiting = new LinkedHashMap<>();
        for (int i = 0; i < probes.size(); i++) {
            waiting.computeIfAbsent(probes.get(i).server(), server -> new ArrayDeque<>()).add(i);
        }
        int firstWave = waiting.values().stream().mapToInt(queue -> Math.min(perServer, queue.size())).sum();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(MAX_RUNNING, firstWave)),
                DaemonThreads.named("mailroom-probe"));
        Workers run = new Workers(workers, waiting, progress);
        List<Integer> first = new ArrayList<>();
        synchronized (waiting) {
            for (Deque<Integer> queue : waiting.values()) {
                for (int started = 0; started < perServer && !queue.isEmpty(); started++) {
                    first.add(queue.poll());
                }
            }
        }
        first.forEach(run::start);
        return CompletableFuture.allOf(run.futures.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> run.futures.stream().map(CompletableFuture::join).toList())
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

    /** One batch under way: when a test of a server ends, that server's next test starts. */
    private final class Workers {
        private final ExecutorService workers;
        private final Map<String, Deque<Integer>> waiting;
        private final Progress progress;
        private final AtomicInteger done = new AtomicInteger();
        private final List<CompletableFuture<ProbeResult>> futures = new ArrayList<>();

        Workers(ExecutorService workers, Map<String, Deque<Integer>> waiting, Progress progress) {
            this.workers = workers;
            this.waiting = waiting;
            this.progress = progress;
            probes.forEach(probe -> futures.add(new CompletableFuture<>()));
        }

        void start(int index) {
            workers.execute(() -> {
                ConnectionProbe probe = probes.get(index);
                try {
                    // a test cancelled while queued still returns a result, "cancelled", without connecting
                    ProbeResult result = probe.run();
                    progress.finished(result, done.incrementAndGet(), probes.size());
                    futures.get(index).complete(result);
                } catch (RuntimeException | Error e) {
                    futures.get(index).completeExceptionally(e);
                } finally {
                    Integer next;
                    synchronized (waiting) {
                        next = waiting.get(probe.server()).poll();
                    }
                    if (next != null) {
                        start(next);
                    }
                }
            });
        }
    }
}
