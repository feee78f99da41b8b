package org.mailroom.bench;

import java.util.concurrent.TimeUnit;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** One edit committed to the workspace file (auto-commit, no write delay), in a workspace of 10,000. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EditBenchmark {

    private BenchWorkspace workspace;
    private InboundMailbox small;
    private InboundMailbox large;
    private boolean flip;

    @Setup
    public void setUp() {
        workspace = BenchWorkspace.withMailboxes(10_000);
        InboundMailbox any = (InboundMailbox) workspace.mailboxes.findAll().stream()
                .filter(InboundMailbox.class::isInstance).findFirst().orElseThrow();
        small = new InboundMailbox(any.id(), any.name(), 5, any.login(), any.endpoint());
        large = new InboundMailbox(any.id(), any.name(), 20, any.login(), any.endpoint());
    }

    @Benchmark
    public Mailbox commitOneEdit() {
        flip = !flip;
        return workspace.mailboxes.update(flip ? large : small);
    }

    @TearDown
    public void tearDown() {
        workspace.close();
    }
}
