package org.mailroom.bench;

import java.util.concurrent.TimeUnit;
import org.mailroom.check.CheckInput;
import org.mailroom.check.CheckReport;
import org.mailroom.check.ConfigurationCheck;
import org.mailroom.check.LargeWorkspace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The configuration check over a large workspace with many findings per mailbox (the test's
 * {@code LargeWorkspace}), warm, as the UI re-runs it while the workspace changes: target well under a frame.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CheckBenchmark {

    @Param({"10000"})
    int mailboxes;

    private CheckInput input;
    private ConfigurationCheck check;

    @Setup
    public void setUp() {
        input = LargeWorkspace.input(mailboxes);
        check = LargeWorkspace.check();
    }

    @Benchmark
    public CheckReport check() {
        return check.run(input);
    }
}
