package org.mailroom.mail;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.mailroom.text.Text;

/**
 * Watches one test's timeline and stops it when a step, or the whole test, runs past its deadline: socket
 * timeouts restart with every byte, so a server that trickles its greeting, or stalls a TLS handshake between
 * records, would otherwise hold the test far beyond them. What was hit is kept for the report.
 */
final class Deadlines implements AutoCloseable {

    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("mailroom-deadlines"));

    private final Timeline timeline;
    private final long stepNanos;
    private final long wholeNanos;
    private final Runnable stop;
    private final ScheduledFuture<?> watching;
    private volatile String hit;

    /** @param stop closes the test's sockets, which ends whatever read or handshake is waiting */
    Deadlines(Timeline timeline, Duration step, Duration whole, Runnable stop) {
        this.timeline = timeline;
        this.stepNanos = step.toNanos();
        this.wholeNanos = whole.toNanos();
        this.stop = stop;
        long every = Math.max(10, Math.min(200, step.toMillis() / 20));
        this.watching = WATCH.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    private void check() {
        if (hit != null) {
            return;
        }
        long now = System.nanoTime();
        if (now - timeline.start() > wholeNanos) {
            hit = Text.get("probe.reason.wholeDeadline", TimeUnit.NANOSECONDS.toSeconds(wholeNanos));
        } else if (now - timeline.latest() > stepNanos) {
            hit = Text.get("probe.reason.stepDeadline", TimeUnit.NANOSECONDS.toSeconds(stepNanos));
        } else {
            return;
        }
        stop.run();
    }

    /** What was hit, in words, or null when the test kept within its deadlines. */
    String hit() {
        return hit;
    }

    @Override
    public void close() {
        watching.cancel(false);
    }
}
