package org.mailroom.mail;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Angus' debug output, captured line by line and masked as it arrives, so no secret is ever stored.
 * It also marks the moment the login begins, which ends the greeting step.
 */
final class Transcript extends OutputStream {

    private static final int MAX_LINES = 2000;
    /** A login command, or Angus' note that it hid one ("AUTH PLAIN command trace suppressed"). */
    private static final Pattern LOGIN_BEGINS = Pattern.compile(
            "(?i)^(?:\\S+ (?:AUTHENTICATE|LOGIN) |AUTH |USER |APOP |DEBUG \\w+: .*command trace suppressed)");

    private final SecretMasker masker;
    private final Timeline timeline;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final List<String> lines = new ArrayList<>();
    private int loginLine = -1;

    Transcript(SecretMasker masker, Timeline timeline) {
        this.masker = masker;
        this.timeline = timeline;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            endLine();
        } else if (b != '\r') {
            pending.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public synchronized void flush() {
        // lines are taken when they end; a partial line waits for its newline
    }

    synchronized List<String> lines() {
        List<String> copy = new ArrayList<>(lines);
        if (pending.size() > 0) {
            copy.add(masker.mask(pending.toString(StandardCharsets.UTF_8)));
        }
        return copy;
    }

    /** What the server said before the login began: greeting and capabilities. */
    synchronized List<String> beforeLogin() {
        return loginLine < 0 ? lines() : new ArrayList<>(lines.subList(0, loginLine));
    }

    private void endLine() {
        String raw = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        if (loginLine < 0 && LOGIN_BEGINS.matcher(raw).find()) {
            loginLine = lines.size();
            timeline.mark(Timeline.Mark.AUTH_STARTED);
        }
        if (lines.size() < MAX_LINES) {
            lines.add(masker.mask(raw));
        }
    }
}
