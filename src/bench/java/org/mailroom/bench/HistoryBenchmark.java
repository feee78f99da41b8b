package org.mailroom.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.history.HistoryFilter;
import org.mailroom.history.HistoryPage;
import org.mailroom.history.ItemType;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.Vault;
import org.mailroom.service.ChangeHistory;
import org.mailroom.service.MailboxService;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.SampleWorkspace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The history on a workspace of 10,000 mailboxes and 100,000 recorded changes: one edit through the service with its
 * history row (one transaction, forced to disk), and the History window's filters (the count and the first page).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HistoryBenchmark {

    @Param("100000")
    public int changes;

    /** "h2": a folder's workspace; "postgresql": a team workspace on the embedded server on loopback, over TLS. */
    @Param({"h2", "postgresql"})
    public String backend;

    private BenchWorkspace workspace;
    private ChangeHistory history;
    private MailboxService service;
    private InboundMailbox small;
    private InboundMailbox large;
    private boolean flip;

    @Setup
    public void setUp() {
        workspace = BenchWorkspace.withMailboxes(10_000, backend);
        BenchHistory.fill(workspace, changes);
        history = BenchHistory.history(workspace);
        service = new MailboxService(workspace.database, workspace.mailboxes, new ApplicationStore(workspace.database),
                new SampleWorkspace(workspace.servers, workspace.mailboxes), new Secrets(new Vault(workspace.database, OsKeyring.UNAVAILABLE)),
                new WorkspaceEvents(), history);
        InboundMailbox any = (InboundMailbox) workspace.mailboxes.findAll().stream()
                .filter(InboundMailbox.class::isInstance).findFirst().orElseThrow();
        small = new InboundMailbox(any.id(), any.name(), 5, any.login(), any.endpoint());
        large = new InboundMailbox(any.id(), any.name(), 20, any.login(), any.endpoint());
    }

    /** Save a mailbox as the form does: the edit and its history row in one transaction, forced to disk. */
    @Benchmark
    public Mailbox editWithHistoryRow() {
        flip = !flip;
        return service.save(flip ? large : small, Optional.empty());
    }

    /** What the History window reads for a filter: the first page and how many changes match. */
    private HistoryPage filter(HistoryFilter filter) {
        return history.read(filter, 0);
    }

    /** Typed part of an item's name: "sales" matches some hundreds of the 100,000 changes. */
    @Benchmark
    public Object filterByItemName() {
        return filter(new HistoryFilter(null, null, "sales", null, null, null));
    }

    /** One admin: a fifth of the changes. */
    @Benchmark
    public Object filterByAdmin() {
        return filter(new HistoryFilter(null, null, null, "cdubois", null, null));
    }

    /** One week of the 100 days. */
    @Benchmark
    public Object filterByDateRange() {
        return filter(new HistoryFilter(null, null, null, null, LocalDate.of(2026, 9, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                LocalDate.of(2026, 9, 8).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** Kind, admin, name and dates together. */
    @Benchmark
    public Object filterByEverything() {
        return filter(new HistoryFilter(ItemType.MAILBOX, null, "a", "asilva", LocalDate.of(2026, 8, 1).atStartOfDay(ZoneOffset.UTC)
                .toInstant(), LocalDate.of(2026, 10, 1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** No filter: the History window as it opens. */
    @Benchmark
    public Object unfiltered() {
        return filter(HistoryFilter.ALL);
    }

    @TearDown
    public void tearDown() {
        workspace.close();
    }
}
