package org.mailroom.mail.cloud;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.mailroom.mail.ConnectionProbe;
import org.mailroom.mail.DaemonThreads;
import org.mailroom.mail.Failure;
import org.mailroom.mail.ProbeResult;
import org.mailroom.mail.ProbeStep;
import org.mailroom.mail.ProbeRun;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.TokenChecker;
import org.mailroom.oauth.TokenRequest;
import org.mailroom.oauth.TokenResult;
import org.mailroom.text.Text;

/**
 * One connection test of a Graph or EWS mailbox, step by step like a mail server's: the token (msal4j, through
 * the test's own HTTP client), DNS, connect and TLS, the API taking the token, and the proof (the Inbox's count,
 * the mailbox and Mail.Send, the EWS folder's count). Every step and the whole test end by their deadlines.
 * {@link #run()} blocks (call it off the FX thread) and never throws; {@link #cancel()} may come from any thread.
 */
public final class CloudProbe implements ConnectionProbe {

    private static final ExecutorService RESOLVER = Executors.newCachedThreadPool(DaemonThreads.named("mailroom-cloud-dns"));

    private final CloudProbeRequest request;
    private final IdentityProviderSettings identity;
    private final ExecutorService tokenWork;
    private final Clock clock;
    private final ProbeRun run;
    private volatile boolean cancelled;
    private volatile ApiHttp http;
    private volatile CompletableFuture<?> waiting;
    private Thread runner;

    /**
     * @param identity  where tokens come from: {@link IdentityProviderSettings#defaults()} signs in at the registration's
     *                  cloud; an {@code oidcAuthority} overrides it (a national cloud's or a test's authority). Its HTTP
     *                  client and timeouts are replaced by the test's own
     * @param tokenWork runs msal4j's work; the caller owns it
     * @param clock     today, for the dated changes (the EWS block and shut-down)
     */
    public CloudProbe(CloudProbeRequest request, IdentityProviderSettings identity, ExecutorService tokenWork, Clock clock) {
        this(request, identity, tokenWork, clock, ProbeRun.single());
    }

    /** @param run what the tests of the run share ({@link org.mailroom.mail.ProbeBatch#run()} in Test all) */
    public CloudProbe(CloudProbeRequest request, IdentityProviderSettings identity, ExecutorService tokenWork, Clock clock,
                      ProbeRun run) {
        this.request = request;
        this.identity = identity;
        this.tokenWork = tokenWork;
        this.clock = clock;
        this.run = run;
    }

    public CloudProbeRequest request() {
        return request;
    }

    @Override
    public String server() {
        URI endpoint = request.endpoint();
        return endpoint.getHost().toLowerCase(Locale.ROOT) + ":" + (endpoint.getPort() > 0 ? endpoint.getPort() : 443);
    }

    @Override
    public ProbeResult run() {
        synchronized (this) {
            runner = Thread.currentThread();
        }
        Instant startedAt = Instant.now();
        StepClock steps = new StepClock(request.timeouts().step(), request.timeouts().whole());
        char[] secret = request.secret();
        CloudTranscript transcript = new CloudTranscript(request.login(), secret);
        Arrays.fill(secret, '\0');
        ProbeTrust trust = new ProbeTrust(request.pinnedSha256(), Clock.systemUTC()); // certificates expire by the real clock
        ApiHttp api = new ApiHttp(trust, run.tls(), request.timeouts(), steps, transcript);
        http = api;
        CloudSteps report = new CloudSteps(request, steps, trust, transcript);
        TokenResult.Success token = null;
        try {
            checkCancelled();
            if (request.registration() != null) {
                steps.begin(ProbeStep.TOKEN);
                token = token(api, transcript, steps);
                report.token(token);
                steps.end(ProbeStep.TOKEN);
            }
            steps.begin(ProbeStep.DNS);
            report.resolved(resolve(steps));
            steps.end(ProbeStep.DNS);
            trust.apiPhase();
            steps.begin(ProbeStep.TLS);
            String accessToken = token == null ? null : token.token().forXoauth2();
            Proof proof = request.api() == CloudApi.GRAPH
                    ? new GraphCheck(api, request, steps, accessToken, token.claims().roles()).run()
                    : new EwsCheck(api, request, steps, accessToken).run();
            steps.end(ProbeStep.VERIFY);
            return report.result(startedAt, null, proof, api.throttledWaits());
        } catch (Exception e) {
            Throwable cause = cancelled ? new CloudExceptions.Cancelled() : e;
            List<String> roles = token == null ? List.of() : token.claims().roles();
            String audience = token == null ? null : token.claims().audience();
            ProbeStep reached = steps.current() == null ? ProbeStep.TOKEN : steps.current();
            Failure failure = new CloudFailures(request, LocalDate.now(clock), roles, audience, transcript).classify(cause, reached);
            if (failure.step() == null) {
                failure = new Failure(failure.kind(), reached, failure.reason(), failure.action());
            }
            return report.result(startedAt, failure, null, api.throttledWaits());
        } finally {
            synchronized (this) {
                runner = null;
                Thread.interrupted(); // a cancel's interrupt must not leak into the caller's thread pool
            }
        }
    }

    /** Stops the test: the pending HTTP exchange or token request is abandoned, a wait is interrupted. */
    @Override
    public void cancel() {
        cancelled = true;
        ApiHttp open = http;
        if (open != null) {
            open.cancel();
        }
        CompletableFuture<?> pending = waiting;
        if (pending != null) {
            pending.cancel(true);
        }
        synchronized (this) {
            if (runner != null) {
                runner.interrupt();
            }
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * The token: a Graph app's client-credentials token is the app's, not the mailbox's, so in Test all the first test of
     * an app (and secret) fetches it and the others of the run use it (the transcript says so); a password grant (EWS)
     * proves the mailbox's own password and is always fetched.
     */
    private TokenResult.Success token(ApiHttp api, CloudTranscript transcript, StepClock steps) throws Exception {
        OAuthProtocol protocol = request.api() == CloudApi.GRAPH ? OAuthProtocol.GRAPH : OAuthProtocol.EWS;
        Fetched fetched;
        if (request.registration().grant() == GrantType.CLIENT_CREDENTIALS && run.shares()) {
            AtomicBoolean fetchedHere = new AtomicBoolean();
            CompletableFuture<Fetched> shared = run.once(new AppToken(request.registration(), identity.oidcAuthority(), protocol,
                    AppToken.digest(request.secret())), () -> {
                        fetchedHere.set(true);
                        return fetch(api, protocol);
                    });
            try {
                fetched = await(shared.thenApply(Function.identity()), steps); // a copy: giving up on it leaves the others theirs
            } catch (CloudExceptions.Cancelled | CloudExceptions.Deadline e) {
                if (cancelled || fetchedHere.get()) {
                    throw e;
                }
                fetched = await(fetch(api, protocol), steps); // the first test gave up; this one fetches its own
                fetchedHere.set(true);
            }
            if (!fetchedHere.get()) {
                transcript.note(Text.get("cloud.transcript.tokenShared", request.registration().name()));
            }
        } else {
            fetched = await(fetch(api, protocol), steps);
        }
        if (fetched.result() instanceof TokenResult.Failure refused) {
            throw new CloudExceptions.NoToken(refused.failure(), fetched.transportFailure());
        }
        TokenResult.Success success = (TokenResult.Success) fetched.result();
        transcript.hide(success.token().forXoauth2().toCharArray());
        return success;
    }

    private CompletableFuture<Fetched> fetch(ApiHttp api, OAuthProtocol protocol) {
        MsalOverApiHttp msal = new MsalOverApiHttp(api);
        // an in-process identity provider (tests) answers itself; otherwise msal4j goes through the test's client
        IdentityProviderSettings settings = new IdentityProviderSettings(identity.httpClient() != null ? identity.httpClient() : msal,
                identity.instanceDiscovery(),
                identity.oidcAuthority(), request.timeouts().connect(), request.timeouts().read(), request.timeouts().step());
        char[] secret = request.secret();
        TokenRequest tokenRequest = new TokenRequest(request.registration(), protocol, request.login(), secret);
        Arrays.fill(secret, '\0'); // the request holds its own copy, which the checker wipes
        return new TokenChecker(settings, tokenWork, clock).check(tokenRequest)
                .thenApply(result -> new Fetched(result, msal.transportFailure()));
    }

    /** A token answer, and what the HTTP exchange with the identity provider threw (for the classification). */
    private record Fetched(TokenResult result, Throwable transportFailure) {
    }

    private List<InetAddress> resolve(StepClock steps) throws Exception {
        String host = request.endpoint().getHost();
        CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                throw new CompletionException(e);
            }
        }, RESOLVER);
        return List.of(await(lookup, steps));
    }

    private <T> T await(CompletableFuture<T> future, StepClock steps) throws Exception {
        waiting = future;
        try {
            checkCancelled();
            return future.get(Math.max(1, steps.remainingNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new CloudExceptions.Deadline(steps.deadlineHit());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (InterruptedException | java.util.concurrent.CancellationException e) {
            future.cancel(true);
            throw new CloudExceptions.Cancelled();
        } finally {
            waiting = null;
        }
    }

    private void checkCancelled() throws CloudExceptions.Cancelled {
        if (cancelled) {
            throw new CloudExceptions.Cancelled();
        }
    }
}
