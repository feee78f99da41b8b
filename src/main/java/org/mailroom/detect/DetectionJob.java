package org.mailroom.detect;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.mailroom.domain.Direction;
import org.mailroom.domain.MailServer;
import org.mailroom.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running detection. The local sources (presets, files) and the DNS queries start at once; each new endpoint
 * is probed on a small pool as soon as it is heard of. The result completes when every lookup and probe has
 * ended, when the time budget runs out, or on {@link #cancel()} — always normally, with what was found so far.
 */
public final class DetectionJob {

    private static final Logger LOG = LoggerFactory.getLogger(DetectionJob.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final EmailAddress address;
    private final DetectionSettings settings;
    private final IspdbFolder ispdbFolder;
    private final Consumer<Candidate> onFound;
    private final CapabilityProbe probe;
    private final CandidateBoard board = new CandidateBoard();
    private final Set<String> notes = Collections.synchronizedSet(new LinkedHashSet<>());
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    /** Lookups, probes and the setup still running; the detection is complete when it drops to zero. */
    private final AtomicInteger pending = new AtomicInteger(1);
    private final ExecutorService workers;
    private final CompletableFuture<DetectionResult> result = new CompletableFuture<>();
    private final long started = System.nanoTime();

    DetectionJob(EmailAddress address, DetectionSettings settings, IspdbFolder ispdbFolder, Consumer<Candidate> onFound) {
        this.address = address;
        this.settings = settings;
        this.ispdbFolder = ispdbFolder;
        this.onFound = onFound;
        this.probe = new CapabilityProbe(settings);
        ThreadFactory daemons = runnable -> {
            Thread thread = new Thread(runnable, "mailroom-detect-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.workers = Executors.newFixedThreadPool(settings.parallelProbes(), daemons);
    }

    /** Completes with everything found; never exceptionally. */
    public CompletableFuture<DetectionResult> result() {
        return result;
    }

    /** The address detection runs for, as parsed. */
    public EmailAddress address() {
        return address;
    }

    /** Stops now: the result completes with what was found, open connections are closed. */
    public void cancel() {
        finish(Text.get("detect.note.cancelled"), false);
    }

    public boolean isDone() {
        return result.isDone();
    }

    void start() {
        CompletableFuture.delayedExecutor(settings.budget().toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                finish(Text.get("detect.note.budget", settings.budget().toMillis() / 1000.0), false));
        workers.execute(() -> {
            try {
                IspdbLibrary ispdb = ispdbFolder.library();
                notes.addAll(ispdb.notes());
                Presets.forDomain(address.domain()).ifPresent(p -> offerAll(Presets.candidatesForDomain(p, address)));
                offerAll(ispdb.candidates(address, address.domain(), notes::add));
                pending.incrementAndGet();
                DnsSources dns = new DnsSources(address, settings, this::offerAll, notes::add);
                dns.start(ispdb).whenComplete((ok, e) -> {
                    try {
                        if (dns.domainMayExist()) {
                            guessWhereNothingIsKnown();
                        } else {
                            // a domain only the company's network knows is no typo when its own files answered
                            notes.add(Text.get(board.isEmpty() ? "detect.note.noSuchDomain"
                                    : "detect.note.domainUnknownToDns", address.domain()));
                        }
                    } finally {
                        done();
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Detection for {} failed to start a source", address, e);
                notes.add(Text.get("detect.note.failed"));
            } finally {
                done();
            }
        });
    }

    /** Guesses only for the directions no better source has answered for. */
    private void guessWhereNothingIsKnown() {
        List<Candidate> guesses = new ArrayList<>();
        for (Candidate guess : HostGuesses.forDomain(address.domain())) {
            if (!board.knows(guess.direction())) {
                guesses.add(guess);
            }
        }
        offerAll(guesses);
    }

    private void offerAll(List<Candidate> candidates) {
        candidates.forEach(this::offer);
    }

    private void offer(Candidate candidate) {
        if (result.isDone()) {
            return;
        }
        if (!MailServer.check(candidate.host(), candidate.port(), candidate.protocol(), candidate.security()).isEmpty()) {
            notes.add(Text.get("detect.note.invalidServer", candidate.host(), candidate.source().label()));
            return;
        }
        if (!board.offer(candidate)) {
            return;
        }
        pending.incrementAndGet();
        try {
            workers.execute(() -> {
                try {
                    ProbeOutcome outcome = probe.probe(candidate, openSockets);
                    LOG.debug("Probed {} ({}): {}", candidate.label(), candidate.source(), outcome);
                    board.record(candidate, outcome).ifPresent(this::tell);
                } finally {
                    done();
                }
            });
        } catch (RejectedExecutionException finishedMeanwhile) {
            done();
        }
    }

    private void tell(Candidate candidate) {
        if (result.isDone()) {
            return;
        }
        try {
            onFound.accept(candidate);
        } catch (RuntimeException e) {
            LOG.warn("The listener for detected servers failed on {}", candidate.label(), e);
        }
    }

    private void done() {
        if (pending.decrementAndGet() == 0) {
            finish(null, true);
        }
    }

    private void finish(String note, boolean complete) {
        if (result.isDone()) {
            return;
        }
        if (note != null) {
            notes.add(note);
        }
        List<Candidate> inbound = board.ranked(Direction.INBOUND);
        List<Candidate> outbound = board.ranked(Direction.OUTBOUND);
        if (inbound.isEmpty() && outbound.isEmpty()) {
            notes.add(Text.get("detect.note.nothingFound", address.domain()));
        }
        List<String> noteList;
        synchronized (notes) {
            noteList = List.copyOf(notes);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        if (result.complete(new DetectionResult(inbound, outbound, noteList, complete, elapsed))) {
            LOG.info("Detection for {} ended after {} ms ({}): {} inbound, {} outbound, {} endpoints probed",
                    address.domain(), elapsed.toMillis(), complete ? "complete" : "cut short", inbound.size(),
                    outbound.size(), board.proposedCount());
            workers.shutdownNow();
            closeOpenSockets();
        }
    }

    /** A thread blocked in a socket read does not see an interrupt; closing the socket ends it at once. */
    private void closeOpenSockets() {
        for (Socket socket : List.copyOf(openSockets)) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all we wanted
            }
        }
    }
}
