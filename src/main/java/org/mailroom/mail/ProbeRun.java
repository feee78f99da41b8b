package org.mailroom.mail;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the tests of one run share. A test on its own ({@link #single()}) shares nothing. The tests of one Test all
 * ({@link #batch()}, made by {@link ProbeBatch}) share TLS sessions per pinned certificate ({@link #tls()}) and what is
 * per app rather than per mailbox, fetched once ({@link #once}): a Graph app's client-credentials token. Each test still
 * opens its own connection and logs in; nothing a test found is handed to another as its result.
 */
public final class ProbeRun {

    private final TlsSessions tls;
    private final Map<Object, CompletableFuture<?>> fetched;

    private ProbeRun(TlsSessions tls, Map<Object, CompletableFuture<?>> fetched) {
        this.tls = tls;
        this.fetched = fetched;
    }

    public static ProbeRun single() {
        return new ProbeRun(TlsSessions.unshared(), null);
    }

    public static ProbeRun batch() {
        return new ProbeRun(TlsSessions.perRun(), new ConcurrentHashMap<>());
    }

    public TlsSessions tls() {
        return tls;
    }

    /** Whether {@link #once} hands the first test's fetch to the later ones. */
    public boolean shares() {
        return fetched != null;
    }

    /**
     * The fetch for {@code key}: started by the first test that asks, the same future for every later one in a batch
     * (a test on its own always fetches). Waiters must not cancel it: wait on a copy ({@code thenApply}).
     */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> once(Object key, Supplier<CompletableFuture<T>> fetch) {
        if (fetched == null) {
            return fetch.get();
        }
        return (CompletableFuture<T>) fetched.computeIfAbsent(key, ignored -> fetch.get());
    }
}
