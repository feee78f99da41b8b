package org.mailroom.mail.cloud;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mailroom.mail.SecretMasker;

/**
 * The HTTP exchanges of a cloud test as the report shows them, masked as they are written: the Authorization
 * header never appears, a token endpoint's request and answer are named but not shown, and the client secret,
 * the password and the access token are masked wherever else they might appear.
 */
final class CloudTranscript {

    private static final int MAX_LINES = 400;
    private static final int MAX_BODY = 1500;
    private static final Set<String> SHOWN_HEADERS = Set.of("retry-after", "www-authenticate", "x-ms-diagnostics",
            "request-id", "client-request-id", "content-type");

    private final String login;
    private final List<SecretMasker> maskers = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    CloudTranscript(String login, char[] secret) {
        this.login = login == null ? "" : login;
        maskers.add(new SecretMasker(this.login, secret));
    }

    /** Masks this secret too from now on (the access token, once there is one). */
    synchronized void hide(char[] secret) {
        maskers.add(new SecretMasker(login, secret));
    }

    synchronized void request(HttpRequest request, String body, boolean secretBody) {
        add("> " + request.method() + " " + request.uri());
        if (secretBody) {
            add("> (request body not shown: it carries a secret)");
        } else if (body != null && !body.isEmpty()) {
            body.lines().limit(40).forEach(line -> add("> " + line));
        }
    }

    synchronized void answer(ApiAnswer answer, boolean secretBody) {
        add("< HTTP " + answer.status());
        answer.headers().map().forEach((name, values) -> {
            if (SHOWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> add("< " + name + ": " + value));
            }
        });
        if (secretBody) {
            add("< (answer of the identity provider not shown: it may carry a token)");
            return;
        }
        String text = answer.text();
        String shown = text.length() > MAX_BODY ? text.substring(0, MAX_BODY) + " …" : text;
        shown.lines().limit(40).forEach(line -> add("< " + line));
    }

    synchronized void note(String line) {
        add("* " + line);
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** Masks a text that may quote what a server or the identity provider said. */
    synchronized String mask(String text) {
        String masked = text;
        for (SecretMasker masker : maskers) {
            masked = masker.mask(masked);
        }
        return masked;
    }

    private void add(String line) {
        if (lines.size() < MAX_LINES) {
            lines.add(mask(line));
        }
    }
}
