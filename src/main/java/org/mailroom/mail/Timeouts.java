package org.mailroom.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * The three socket timeouts of a connection test. Angus waits forever by default, so every test sets
 * all three; on top, each step and the whole test have a deadline ({@link #step()}, {@link #whole()}).
 */
public record Timeouts(Duration connect, Duration read, Duration write) {

    public static final Timeouts DEFAULT = ofSeconds(10);
    private static final Duration STEP_GRACE = Duration.ofSeconds(5);

    public Timeouts {
        Objects.requireNonNull(connect);
        Objects.requireNonNull(read);
        Objects.requireNonNull(write);
        if (connect.isNegative() || connect.isZero() || read.isNegative() || read.isZero()
                || write.isNegative() || write.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public static Timeouts ofSeconds(long seconds) {
        return of(Duration.ofSeconds(seconds));
    }

    public static Timeouts of(Duration each) {
        return new Timeouts(each, each, each);
    }

    /**
     * How long one step (DNS, connect, TLS, greeting, login, proof) may take in all, however the server trickles
     * its bytes: a read timeout alone restarts with every byte.
     */
    public Duration step() {
        // twice the longest socket timeout, and at least 5 s more than it: a TLS handshake's key exchange is work,
        // not waiting, and a busy workstation may spend seconds on it
        Duration longest = connect.compareTo(read) >= 0 ? connect : read;
        Duration twice = longest.multipliedBy(2);
        Duration grace = longest.plus(STEP_GRACE);
        return twice.compareTo(grace) >= 0 ? twice : grace;
    }

    /** How long the whole test may take: two steps' worth, as a healthy server takes a fraction of one per step. */
    public Duration whole() {
        return step().multipliedBy(2);
    }

    int connectMillis() {
        return (int) Math.min(Integer.MAX_VALUE, connect.toMillis());
    }

    int readMillis() {
        return (int) Math.min(Integer.MAX_VALUE, read.toMillis());
    }

    int writeMillis() {
        return (int) Math.min(Integer.MAX_VALUE, write.toMillis());
    }
}
