package org.mailroom.bench;

import java.util.concurrent.TimeUnit;
import org.mailroom.io.CheckedImport;
import org.mailroom.io.ImportChoices;
import org.mailroom.io.ImportConflict.Resolution;
import org.mailroom.io.ImportRejectedException;
import org.mailroom.io.WorkspaceExporter;
import org.mailroom.io.WorkspaceImporter;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceImport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Export and import of a generated workspace: the three steps the Workspace menu runs on its background thread.
 * Export reads the workspace and writes the JSON; check reads the file against an empty workspace; apply adds
 * everything to an empty workspace (a new one for each call).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportImportBenchmark {

    /** The generated workspace and its export. */
    @State(Scope.Benchmark)
    public static class Exported {

        @Param({"1000"})
        int mailboxes;

        BenchWorkspace source;
        byte[] json;

        @Setup
        public void setUp() {
            source = BenchWorkspace.withMailboxes(mailboxes);
            json = export(source);
        }

        @TearDown
        public void tearDown() {
            source.close();
        }
    }

    /** An empty workspace, for the whole run. */
    @State(Scope.Benchmark)
    public static class Empty {

        BenchWorkspace target;
        WorkspaceImporter importer;

        @Setup
        public void setUp() {
            target = BenchWorkspace.empty();
            importer = new WorkspaceImporter(target.database);
        }

        @TearDown
        public void tearDown() {
            target.close();
        }
    }

    /** A new empty workspace for each call, with the export checked against it. */
    @State(Scope.Thread)
    public static class Fresh {

        BenchWorkspace target;
        WorkspaceImporter importer;
        CheckedImport checked;

        @Setup(Level.Invocation)
        public void setUp(Exported exported) throws ImportRejectedException {
            target = BenchWorkspace.empty();
            importer = new WorkspaceImporter(target.database);
            checked = importer.check(exported.json);
        }

        @TearDown(Level.Invocation)
        public void tearDown() {
            target.close();
        }
    }

    @Benchmark
    public byte[] export(Exported exported) {
        return export(exported.source);
    }

    @Benchmark
    public CheckedImport check(Exported exported, Empty empty) throws ImportRejectedException {
        return empty.importer.check(exported.json);
    }

    @Benchmark
    public WorkspaceImport.Report apply(Fresh fresh) throws Exception {
        return fresh.importer.apply(fresh.checked, ImportChoices.all(Resolution.SKIP), null, null);
    }

    static byte[] export(BenchWorkspace workspace) {
        return WorkspaceExporter.toJson(WorkspaceExporter.build(WorkspaceContent.read(workspace.database),
                WorkspaceExporter.Options.whole()));
    }
}
