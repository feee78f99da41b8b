package org.mailroom.mail;

import java.util.EnumMap;
import java.util.Map;

/** When each phase of a test ended, in nanoseconds; the socket factory, the transcript and the test mark it. */
final class Timeline {

    enum Mark { START, RESOLVED, CONNECTED, TLS_STARTED, TLS_DONE, AUTH_STARTED, LOGGED_IN, VERIFIED }

    private final Map<Mark, Long> marks = new EnumMap<>(Mark.class);

    Timeline() {
        mark(Mark.START);
    }

    synchronized void mark(Mark mark) {
        marks.putIfAbsent(mark, System.nanoTime());
    }

    synchronized Long at(Mark mark) {
        return marks.get(mark);
    }

    synchronized long start() {
        return marks.get(Mark.START);
    }

    /** When the latest phase ended, i.e. when the step under way began. */
    synchronized long latest() {
        return marks.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    }
}
