package org.mailroom.diagnosis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailroom.text.Text;

/**
 * The error decoder: what a server, Microsoft's sign-in or E-mail Server's log said, pasted, explained from the
 * same table the connection test classifies with ({@link KnownError}).
 */
public final class ErrorDecoder {

    /** More than any log excerpt worth pasting; a whole log file is refused in words, not searched for minutes. */
    public static final int MAX_LENGTH = 100_000;
    private static final Pattern ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    private ErrorDecoder() {
    }

    /**
     * Every row the text matches, the most specific first; a general row ("authentication failed") only when
     * nothing more specific matched. Empty when the table knows none of it.
     *
     * @throws IllegalArgumentException in words, for an empty text or one longer than {@link #MAX_LENGTH}
     */
    public static List<Explanation> explain(String pasted) {
        if (pasted == null || pasted.isBlank()) {
            throw new IllegalArgumentException(Text.get("explain.empty"));
        }
        if (pasted.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(Text.get("explain.tooLong", MAX_LENGTH));
        }
        List<KnownError> matched = Arrays.stream(KnownError.values()).filter(row -> row.saidIn(pasted)).toList();
        boolean specific = matched.stream().anyMatch(row -> !row.general());
        String mailbox = mailboxIn(pasted);
        List<Explanation> explanations = new ArrayList<>();
        for (KnownError row : matched) {
            if (!specific || !row.general()) {
                explanations.add(new Explanation(row, row.said().label(), row.cause(), row.field().label(), row.fix(mailbox)));
            }
        }
        return List.copyOf(explanations);
    }

    /** The first address in the text fills the PowerShell lines; else a placeholder the admin replaces. */
    private static String mailboxIn(String pasted) {
        // around each @ only: an address pattern run over a long text without one would take quadratic time
        for (int at = pasted.indexOf('@'); at >= 0; at = pasted.indexOf('@', at + 1)) {
            Matcher address = ADDRESS.matcher(pasted.substring(Math.max(0, at - 64), Math.min(pasted.length(), at + 256)));
            if (address.find()) {
                return address.group();
            }
        }
        return Text.get("explain.mailboxPlaceholder");
    }
}
