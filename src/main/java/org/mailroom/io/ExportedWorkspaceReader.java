package org.mailroom.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mailroom.check.CheckInput;
import org.mailroom.check.WorkspaceFileException;
import org.mailroom.check.WorkspaceFileReader;
import org.mailroom.check.WorkspaceRulesException;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.mail.LastTest;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;

/**
 * Reads an exported workspace file for the headless check. The file goes through exactly what
 * Import does — every check, then applied — but into a throw-away workspace in a temp folder, so the
 * check sees the same values an import would create, with the file's last tests and checked manifests.
 * Secrets stay sealed and unused.
 */
public final class ExportedWorkspaceReader implements WorkspaceFileReader {

    @Override
    public CheckInput read(Path file) throws WorkspaceFileException {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("mailroom-check");
        } catch (IOException e) {
            throw new WorkspaceFileException(file, e.getMessage(), e);
        }
        try (WorkspaceDatabase database = WorkspaceDatabase.open(scratch)) {
            WorkspaceImporter importer = new WorkspaceImporter(database);
            CheckedImport checked = importer.check(file);
            importer.apply(checked, ImportChoices.all(ImportConflict.Resolution.SKIP), null, null);
            return withCheckExtras(WorkspaceContent.read(database), checked);
        } catch (ImportRulesBrokenException e) {
            throw new WorkspaceRulesException(file, e.problems().stream().map(ImportProblem::describe).toList(), e);
        } catch (RuleViolationException e) {
            // a rule only the workspace itself enforces (say a second outbound mailbox): as much a finding
            throw new WorkspaceRulesException(file, List.of(e.getMessage().split("\n")), e);
        } catch (ImportRejectedException e) {
            String problems = e.problems().stream().map(ImportProblem::describe).collect(Collectors.joining("\n  "));
            throw new WorkspaceFileException(file, problems, e);
        } catch (IOException e) {
            throw new WorkspaceFileException(file, String.valueOf(e.getMessage()), e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    /** The file's last tests and manifests, on the ids the scratch workspace gave its mailboxes and registrations. */
    private static CheckInput withCheckExtras(WorkspaceContent content, CheckedImport checked) {
        Map<Long, LastTest> tests = new HashMap<>();
        for (Mailbox mailbox : content.mailboxes()) {
            LastTest test = checked.lastTests().get(WorkspaceRules.nameKey(mailbox.name()));
            if (test != null) {
                tests.put(mailbox.id(), new LastTest(mailbox.id(), test.testedAt(), test.outcome(), test.summary()));
            }
        }
        Map<Long, String> manifests = new HashMap<>();
        for (StoredRegistration registration : content.registrations()) {
            String manifest = checked.manifests().get(WorkspaceRules.nameKey(registration.name()));
            if (manifest != null) {
                manifests.put(registration.id(), manifest);
            }
        }
        return new CheckInput(content, tests, manifests);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }
}
