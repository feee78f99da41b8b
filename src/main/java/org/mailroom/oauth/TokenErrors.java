package org.mailroom.oauth;

import com.microsoft.aad.msal4j.MsalException;
import com.microsoft.aad.msal4j.MsalInteractionRequiredException;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailroom.diagnosis.IoWords;
import org.mailroom.diagnosis.KnownError;
import org.mailroom.text.Text;

/** Maps what msal4j throws to the admin action that fixes it, from the one error table ({@link KnownError}). */
public final class TokenErrors {

    private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");

    private TokenErrors() {
    }

    public static TokenFailure classify(Throwable thrown) {
        Throwable error = unwrap(thrown);
        String description = error.getMessage() == null ? "" : error.getMessage();
        if (error instanceof MsalServiceException) {
            Matcher code = AADSTS.matcher(description);
            if (code.find()) {
                // the one error table: a code without a row of its own gets the general AADSTS row
                String action = KnownError.signIn(description).orElse(KnownError.AADSTS_OTHER).fix();
                return new TokenFailure("AADSTS" + code.group(1), action, firstLine(description));
            }
        }
        if (error instanceof MsalInteractionRequiredException
                || error instanceof MsalException && "invalid_grant".equals(((MsalException) error).errorCode())) {
            return new TokenFailure("invalid_grant", KnownError.INVALID_GRANT.fix(), firstLine(description));
        }
        if (error instanceof TimeoutException || has(thrown, InterruptedIOException.class)) {
            return new TokenFailure("timeout", Text.get("oauth.failure.timeout"), "");
        }
        UnknownHostException unknownHost = find(thrown, UnknownHostException.class);
        if (unknownHost != null) {
            return new TokenFailure("unreachable", Text.get("oauth.failure.unreachable"),
                    Text.get("oauth.failure.hostNotFound", String.valueOf(unknownHost.getMessage()).split(":")[0].strip()));
        }
        if (has(thrown, ConnectException.class) || has(thrown, NoRouteToHostException.class)) {
            return new TokenFailure("unreachable", Text.get("oauth.failure.unreachable"), rootMessage(thrown));
        }
        // msal4j wraps what it did not expect as "java.net.SomeException: ..."; a class name is not a reason
        String code = error instanceof MsalException msal ? msal.errorCode() : null;
        return new TokenFailure(code == null ? "unknown" : code, Text.get("oauth.failure.unknown"), rootMessage(thrown));
    }

    /** A socket's words in the admin's, else the innermost cause's own words, never a class name. */
    private static String rootMessage(Throwable thrown) {
        Optional<String> io = IoWords.of(thrown); // "Connection refused", "Read timed out": said as the admin reads it
        if (io.isPresent()) {
            return io.get();
        }
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? "" : firstLine(message);
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable error = thrown;
        while ((error instanceof CompletionException || error instanceof ExecutionException) && error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }

    private static boolean has(Throwable thrown, Class<? extends Throwable> type) {
        return find(thrown, type) != null;
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** Microsoft's descriptions carry trace and correlation ids on further lines; the first says what happened. */
    private static String firstLine(String description) {
        int end = description.indexOf('\n');
        return (end < 0 ? description : description.substring(0, end)).strip();
    }
}
