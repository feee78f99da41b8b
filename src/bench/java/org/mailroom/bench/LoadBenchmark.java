package org.mailroom.bench;

import java.util.concurrent.TimeUnit;
import org.mailroom.ui.mailboxes.MailboxesViewModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Reading the whole workspace (H2 folder or PostgreSQL team server) into the view model's table list, warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {

    @Param({"1000", "10000"})
    int mailboxes;

    /** "h2": a folder's workspace; "postgresql": a team workspace on the embedded server on loopback, over TLS. */
    @Param({"h2", "postgresql"})
    String backend;

    private BenchWorkspace workspace;
    private MailboxesViewModel viewModel;

    @Setup
    public void setUp() {
        workspace = BenchWorkspace.withMailboxes(mailboxes, backend);
        viewModel = workspace.viewModel();
    }

    @Benchmark
    public int load() {
        viewModel.load();
        return viewModel.allMailboxes().size();
    }

    @TearDown
    public void tearDown() {
        workspace.close();
    }
}
