package org.mailroom.detect;

import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.mailroom.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.SRVRecord;

/**
 * The DNS sources: the six SRV names, asked in parallel, and the MX records, which can point at a known provider
 * (Exchange Online behind mail.protection.outlook.com) or at a domain an ISPDB file covers.
 */
final class DnsSources {

    private static final Logger LOG = LoggerFactory.getLogger(DnsSources.class);

    private final EmailAddress address;
    private final DnsLookups dns;
    private final Consumer<List<Candidate>> offer;
    private final Consumer<String> notes;
    private volatile boolean domainMissing;

    DnsSources(EmailAddress address, DetectionSettings settings, Consumer<List<Candidate>> offer,
               Consumer<String> notes) {
        this.address = address;
        this.dns = new DnsLookups(settings);
        this.offer = offer;
        this.notes = notes;
    }

    /** Asks everything at once; completes (never exceptionally) when every answer has been offered or given up. */
    CompletableFuture<Void> start(IspdbLibrary ispdb) {
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (SrvService service : SrvService.values()) {
            all.add(dns.srv(service, address.domain())
                    .thenAccept(records -> offer.accept(records.stream().map(r -> candidate(service, r)).toList()))
                    .exceptionally(this::failed));
        }
        all.add(dns.mx(address.domain()).thenAccept(records -> mx(records, ispdb)).exceptionally(this::failed));
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
    }

    /** False once DNS has said NXDOMAIN for the domain: then no host under it is worth guessing. */
    boolean domainMayExist() {
        return !domainMissing;
    }

    private Candidate candidate(SrvService service, SRVRecord record) {
        String name = service.nameFor(address.domain());
        return Candidate.proposed(record.getTarget().toString(true), record.getPort(), service.protocol(),
                service.security(), Source.DNS_SRV, Text.get("detect.detail.srv", name.substring(0, name.length() - 1),
                        record.getPriority(), record.getWeight()));
    }

    /** The first MX that names a known provider or a domain with a clientConfig file decides. */
    private void mx(List<MXRecord> records, IspdbLibrary ispdb) {
        for (MXRecord record : records) {
            String host = record.getTarget().toString(true).toLowerCase(java.util.Locale.ROOT);
            Optional<Presets.Preset> preset = Presets.forMx(host);
            if (preset.isPresent()) {
                notes.accept(Text.get("detect.note.mxProvider", host, preset.get().name()));
                offer.accept(Presets.candidatesForMx(preset.get(), host, address));
                return;
            }
            int dot = host.indexOf('.');
            List<Candidate> fromFile = dot < 0 ? List.of() : ispdb.candidates(address, host.substring(dot + 1), notes);
            if (!fromFile.isEmpty()) {
                offer.accept(fromFile);
                return;
            }
        }
    }

    private Void failed(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof DnsLookups.NoSuchDomain) {
            domainMissing = true; // the job says so, knowing whether presets or files answered for the domain
        } else if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException) {
            notes.accept(Text.get("detect.note.dnsTimeout"));
        } else {
            LOG.info("A DNS query for {} failed", address.domain(), cause);
            notes.accept(Text.get("detect.note.dnsFailed"));
        }
        return null;
    }
}
