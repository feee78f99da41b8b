package org.mailroom.diagnosis;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.mailroom.text.Text;

/**
 * What a socket or the JDK says about a timeout or a broken connection ("Read timed out", "Connection reset"), in
 * the admin's words. Angus Mail, msal4j and the JDK pass these on as their message, sometimes inside another
 * exception (POP3 reports a read timeout as a failed login): the whole cause chain is read, type and words.
 */
public final class IoWords {

    private record Row(Predicate<Throwable> says, String key) {
    }

    private static final Pattern CONNECT_TIMED_OUT = Pattern.compile("(?i)connect(ion)? timed out");
    private static final Pattern TIMED_OUT = Pattern.compile("(?i)\\btimed out\\b");
    private static final Pattern REFUSED = Pattern.compile("(?i)Connection refused");
    private static final Pattern NO_ROUTE = Pattern.compile("(?i)No route to host|Network is unreachable|Host is unreachable");
    private static final Pattern BROKEN = Pattern.compile(
            "(?i)Connection reset|Broken pipe|Socket (is )?closed|Connection (was )?aborted|Connection closed by (peer|foreign host)");
    private static final Pattern ENDED = Pattern.compile("(?i)Unexpected end of (file|stream)|\\bEOF\\b");

    /** The first row that says what happened wins: a connect timeout before a read timeout, both before "broken". */
    private static final List<Row> ROWS = List.of(
            new Row(t -> t instanceof UnknownHostException, "io.words.unknownHost"),
            new Row(t -> words(t, CONNECT_TIMED_OUT), "io.words.connectTimeout"),
            new Row(t -> t instanceof SocketTimeoutException || words(t, TIMED_OUT),
                    "io.words.readTimeout"),
            new Row(t -> t instanceof ConnectException || words(t, REFUSED), "io.words.refused"),
            new Row(t -> t instanceof NoRouteToHostException || words(t, NO_ROUTE), "io.words.noRoute"),
            new Row(t -> words(t, BROKEN), "io.words.broken"),
            new Row(t -> t instanceof EOFException || words(t, ENDED), "io.words.ended"));

    private IoWords() {
    }

    /** The admin's words for the timeout or broken connection in the chain, if there is one. */
    public static Optional<String> of(Throwable error) {
        List<Throwable> chain = chain(error);
        for (Row row : ROWS) {
            Optional<Throwable> said = chain.stream().filter(row.says()).findFirst();
            if (said.isPresent()) {
                return Optional.of(row.key().equals("io.words.unknownHost")
                        ? Text.get(row.key(), host(said.get().getMessage())) : Text.get(row.key()));
            }
        }
        return Optional.empty();
    }

    private static boolean words(Throwable t, Pattern pattern) {
        return t.getMessage() != null && pattern.matcher(t.getMessage()).find();
    }

    /** "mail.contoso.example: Name or service not known" names the host first. */
    private static String host(String message) {
        return message == null ? "" : message.split(":")[0].strip();
    }

    private static List<Throwable> chain(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
