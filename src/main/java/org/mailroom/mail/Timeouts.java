package org.mailroom.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * The three socket timeouts of a connection test. Angus waits forever by default, so every test sets
 * all three; a test therefore ends within them.
 */
public record Timeouts(Duration connect, Duration read, Duration write) {

    public static final Timeouts DEFAULT = ofSeconds(10);

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
