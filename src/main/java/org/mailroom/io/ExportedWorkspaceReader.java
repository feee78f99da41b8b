package org.mailroom.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mailroom.check.CheckInput;
import org.mailroom.check.WorkspaceFileException;
import org.mailroom.check.WorkspaceFileReader;
import org.mailroom.check.WorkspaceRulesException;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.store.WorkspaceDatabase;

/**
 * Reads an exported workspace file for the headless check. The file goes through exactly what
 * Import does — every check, then applied — but into a throw-away workspace in a temp folder, so the
 * check sees the same values an import would create, with the file's last tests and checked manifests.
 * Secrets stay sealed and unused.
 */
public final class ExportedWorkspaceReader implements WorkspaceFileReader {

    /** Where the scratch workspace goes: the temp folder, or a test's. */
    private final Path scratchParent;

    public ExportedWorkspaceReader() {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    public ExportedWorkspaceReader(Path scratchParent) {
        this.scratchParent = scratchParent;
    }

    /** The file is read and checked before the scratch workspace exists, so a refused file leaves nothing behind. */
    @Override
    public CheckInput read(Path file) throws WorkspaceFileException {
        CheckedImport checked;
        try {
            checked = ImportValidator.validate(ImportReader.read(file)); // a refused file needs no scratch workspace
        } catch (ImportRulesBrokenException e) {
            throw new WorkspaceRulesException(file, e.problems().stream().map(ImportProblem::describe).toList(), e);
        } catch (ImportRejectedException e) {
            String problems = e.problems().stream().map(ImportProblem::describe).collect(Collectors.joining("\n  "));
            throw new WorkspaceFileException(file, problems, e);
        } catch (IOException e) {
            throw new WorkspaceFileException(file, FileAccessException.reading(file, e).getMessage(), e);
        }
        Path scratch;
        try {
            scratch = Files.createTempDirectory(scratchParent, "mailroom-check");
        } catch (IOException e) {
            throw new WorkspaceFileException(file, FileAccessException.writing(scratchParent, e).getMessage(), e);
        }
        try (WorkspaceDatabase database = WorkspaceDatabase.open(scratch)) {
            new WorkspaceImporter(database).apply(checked, ImportChoices.all(ImportConflict.Resolution.SKIP), null, null);
            // the import stored the file's last tests and manifests: read back as the badge reads a workspace
            return CheckInput.read(database);
        } catch (RuleViolationException e) {
            // a rule only the workspace itself enforces (say a second outbound mailbox): as much a finding
            throw new WorkspaceRulesException(file, List.of(e.getMessage().split("\n")), e);
        } catch (ImportRejectedException e) {
            throw new IllegalStateException("an import without secrets is never refused at apply", e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }
}
