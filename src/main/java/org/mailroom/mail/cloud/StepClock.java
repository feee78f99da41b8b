package org.mailroom.mail.cloud;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mailroom.mail.ProbeStep;
import org.mailroom.text.Text;

/**
 * When each step of a cloud test began and ended, and how long the one under way may still take: the step's own
 * deadline and the whole test's, whichever comes first. Every wait of the test asks it first.
 */
final class StepClock {

    private final long start = System.nanoTime();
    private final long stepNanos;
    private final long wholeNanos;
    private final Map<ProbeStep, Long> ended = new EnumMap<>(ProbeStep.class);
    private volatile long stepStart = start;
    private volatile ProbeStep current;

    StepClock(Duration step, Duration whole) {
        this.stepNanos = step.toNanos();
        this.wholeNanos = whole.toNanos();
    }

    synchronized void begin(ProbeStep step) {
        if (current != null && !ended.containsKey(current)) {
            end(current);
        }
        current = step;
        stepStart = System.nanoTime();
    }

    synchronized void end(ProbeStep step) {
        ended.putIfAbsent(step, System.nanoTime());
    }

    synchronized Long endOf(ProbeStep step) {
        return ended.get(step);
    }

    synchronized ProbeStep current() {
        return current;
    }

    long start() {
        return start;
    }

    /** What is left before a deadline, never negative. */
    long remainingNanos() {
        long now = System.nanoTime();
        return Math.max(0, Math.min(stepStart + stepNanos - now, start + wholeNanos - now));
    }

    /** Whether waiting this long still ends before a deadline. */
    boolean canWait(Duration wait) {
        return wait.toNanos() < remainingNanos();
    }

    /** The deadline that was hit, in words: the whole test's when that one ran out first. */
    String deadlineHit() {
        long now = System.nanoTime();
        if (start + wholeNanos - now <= stepStart + stepNanos - now) {
            return Text.get("probe.reason.wholeDeadline", TimeUnit.NANOSECONDS.toSeconds(wholeNanos));
        }
        return Text.get("probe.reason.stepDeadline", TimeUnit.NANOSECONDS.toSeconds(stepNanos));
    }
}
