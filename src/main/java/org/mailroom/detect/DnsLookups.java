package org.mailroom.detect;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.lookup.LookupSession;
import org.xbill.DNS.lookup.NoSuchDomainException;
import org.xbill.DNS.lookup.NoSuchRRSetException;

/**
 * SRV and MX lookups through dnsjava, asynchronous (no thread waits on DNS) and with a hard timeout per query.
 * A name without records or a missing domain is an empty answer; a timeout or an I/O error fails the future.
 */
final class DnsLookups {

    /** The domain itself does not exist (NXDOMAIN on its MX query). */
    static final class NoSuchDomain extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private final LookupSession session;
    private final Duration timeout;

    DnsLookups(DetectionSettings settings) {
        this.timeout = settings.dnsTimeout();
        // ExtendedResolver() reads the system's DNS servers (resolv.conf, Windows adapters, JNDI)
        Resolver resolver = settings.dnsServer() == null
                ? new ExtendedResolver() : new SimpleResolver(settings.dnsServer());
        resolver.setTimeout(timeout);
        // no search path: every name asked is absolute; no cache: each detection asks afresh
        session = LookupSession.builder().resolver(resolver).clearCaches().build();
    }

    /** The service's targets, best first (lowest priority, then highest weight); "." targets removed (RFC 2782). */
    CompletableFuture<List<SRVRecord>> srv(SrvService service, String domain) {
        return lookup(service.nameFor(domain), Type.SRV, false).thenApply(records -> records.stream()
                .filter(SRVRecord.class::isInstance).map(SRVRecord.class::cast)
                .filter(r -> !r.getTarget().equals(Name.root))
                .sorted(Comparator.comparingInt(SRVRecord::getPriority)
                        .thenComparing(Comparator.comparingInt(SRVRecord::getWeight).reversed()))
                .toList());
    }

    /** The domain's mail exchangers, lowest preference first; fails with {@link NoSuchDomain} for NXDOMAIN. */
    CompletableFuture<List<MXRecord>> mx(String domain) {
        return lookup(domain + ".", Type.MX, true).thenApply(records -> records.stream()
                .filter(MXRecord.class::isInstance).map(MXRecord.class::cast)
                .sorted(Comparator.comparingInt(MXRecord::getPriority)).toList());
    }

    private CompletableFuture<List<org.xbill.DNS.Record>> lookup(String name, int type, boolean reportMissingDomain) {
        Name absolute;
        try {
            absolute = Name.fromString(name);
        } catch (TextParseException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<List<org.xbill.DNS.Record>> answer = session.lookupAsync(absolute, type)
                .toCompletableFuture()
                .thenApply(result -> result.getRecords());
        return answer
                // dnsjava's own timeout covers one server; this one bounds the whole query, retries included
                .orTimeout(timeout.toMillis() + 100, TimeUnit.MILLISECONDS)
                .exceptionallyCompose(error -> {
                    Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    if (cause instanceof NoSuchDomainException && reportMissingDomain) {
                        return CompletableFuture.failedFuture(new NoSuchDomain());
                    }
                    if (cause instanceof NoSuchDomainException || cause instanceof NoSuchRRSetException) {
                        return CompletableFuture.completedFuture(List.of());
                    }
                    return CompletableFuture.failedFuture(cause);
                });
    }
}
