package org.mailroom.mail.cloud;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/** What a web API answered: the status, the headers the classification reads, and the body as text. */
record ApiAnswer(int status, HttpHeaders headers, byte[] body) {

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Retry-After in seconds (Graph sends seconds; an HTTP date is not used by Graph and counts as absent). */
    OptionalLong retryAfterSeconds() {
        return headers.firstValue("Retry-After").map(String::strip).filter(v -> v.matches("\\d{1,9}"))
                .map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
    }
}
