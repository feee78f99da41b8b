package org.mailroom.mail.cloud;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import org.mailroom.mail.Timeouts;
import org.mailroom.mail.TlsSessions;
import org.mailroom.text.Text;

/**
 * The one HTTP client of a cloud test (JDK {@link HttpClient}): its own TLS trust, the test's timeouts, every wait
 * bounded by the step's deadline, every exchange in the transcript. A 429 is waited out as its Retry-After asks
 * when that still ends before the deadline, a few times at most; otherwise the 429 is the answer.
 */
final class ApiHttp {

    private static final int MAX_THROTTLED_RETRIES = 3;
    /** Graph's own advice when a 429 names no Retry-After. */
    private static final long DEFAULT_RETRY_SECONDS = 1;

    private final HttpClient client;
    private final ProbeTrust trust;
    private final Timeouts timeouts;
    private final StepClock steps;
    private final CloudTranscript transcript;
    private volatile CompletableFuture<?> pending;
    private volatile boolean cancelled;
    private int throttledWaits;

    ApiHttp(ProbeTrust trust, TlsSessions sessions, Timeouts timeouts, StepClock steps, CloudTranscript transcript) {
        this.trust = trust;
        this.timeouts = timeouts;
        this.steps = steps;
        this.transcript = transcript;
        this.client = HttpClient.newBuilder()
                .sslContext(trust.context(sessions))
                .connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect would carry the token elsewhere
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * Sends and waits for the whole answer.
     *
     * @param body       shown in the transcript unless {@code secret}
     * @param secret     the request or its answer carries a secret (the token endpoint): neither is shown
     */
    ApiAnswer send(HttpRequest.Builder builder, String body, boolean secret) throws Exception {
        return send(builder, body, secret, false);
    }

    /**
     * Sends a request that changes nothing on the server (EWS GetFolder and FindFolder: POSTs only because SOAP is):
     * when the connection is lost before any answer — a kept-alive connection the server closed just as the request
     * went out — it is sent once more on a new one. The JDK client resends only GETs by itself.
     */
    ApiAnswer sendReadOnly(HttpRequest.Builder builder, String body) throws Exception {
        return send(builder, body, false, true);
    }

    private ApiAnswer send(HttpRequest.Builder builder, String body, boolean secret, boolean readOnly) throws Exception {
        boolean resent = false;
        for (int attempt = 0; ; attempt++) {
            HttpRequest request = builder.timeout(timeouts.read()).build();
            transcript.request(request, body, secret);
            ApiAnswer answer;
            try {
                answer = exchange(request);
            } catch (IOException e) {
                if (!readOnly || resent || !lostBeforeAnswer(e) || steps.remainingNanos() <= 0) {
                    throw e;
                }
                transcript.note(Text.get("cloud.transcript.connectionLost"));
                resent = true;
                continue;
            }
            transcript.answer(answer, secret && answer.ok());
            if (answer.status() != 429 || attempt >= MAX_THROTTLED_RETRIES) {
                return answer;
            }
            OptionalLong asked = answer.retryAfterSeconds();
            Duration wait = Duration.ofSeconds(asked.orElse(DEFAULT_RETRY_SECONDS));
            if (!steps.canWait(wait)) {
                return answer; // waiting would pass the deadline: the 429 is the answer
            }
            transcript.note(Text.get("cloud.transcript.throttled", wait.toSeconds()));
            throttledWaits++;
            Thread.sleep(wait.toMillis()); // a cancel interrupts it
            checkCancelled();
        }
    }

    /** The connection closed before an answer came: no timeout, no refused connection, no TLS failure. */
    private static boolean lostBeforeAnswer(IOException e) {
        return !(e instanceof HttpTimeoutException) && !(e instanceof ConnectException) && !(e instanceof SSLException);
    }

    /** How often a 429 was waited out: the report says so, E-mail Server will meet it too. */
    int throttledWaits() {
        return throttledWaits;
    }

    void cancel() {
        cancelled = true;
        CompletableFuture<?> running = pending;
        if (running != null) {
            running.cancel(true);
        }
    }

    private ApiAnswer exchange(HttpRequest request) throws Exception {
        checkCancelled();
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        pending = response;
        try {
            HttpResponse<byte[]> done = response.get(Math.max(1, steps.remainingNanos()), TimeUnit.NANOSECONDS);
            if (done.sslSession().isPresent()) {
                judged(done.sslSession().get());
            }
            return new ApiAnswer(done.statusCode(), done.headers(), done.body());
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new CloudExceptions.Deadline(steps.deadlineHit());
        } catch (ExecutionException e) {
            checkCancelled();
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (InterruptedException | java.util.concurrent.CancellationException e) {
            response.cancel(true);
            throw new CloudExceptions.Cancelled();
        } finally {
            pending = null;
        }
    }

    private void judged(SSLSession session) throws SSLHandshakeException {
        try {
            trust.session(session);
        } catch (CertificateException e) {
            SSLHandshakeException refused = new SSLHandshakeException(e.getMessage());
            refused.initCause(e);
            throw refused;
        }
    }

    private void checkCancelled() throws CloudExceptions.Cancelled {
        if (cancelled) {
            throw new CloudExceptions.Cancelled();
        }
    }
}
