package org.mailroom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.io.ImportConflict.Resolution;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceGenerator;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.WorkspaceName;

/**
 * Export and import of a 1,000-mailbox workspace bring every mailbox across unchanged. How long they take is
 * measured by {@code org.mailroom.bench.ExportImportBenchmark} ({@code ./mvnw -Pbench verify}).
 */
@ExtendWith(WorkspaceExtension.class)
class ThousandMailboxesTest {

    @Test
    void exportAndImportAThousandMailboxes(TempWorkspace sourceWorkspace, @WorkspaceName("target") WorkspaceDatabase target)
            throws Exception {
        WorkspaceDatabase source = sourceWorkspace.database();
        new WorkspaceGenerator(sourceWorkspace.servers(), sourceWorkspace.mailboxes()).generate(1_000, 42);
        Path file = sourceWorkspace.tempFolder().resolve("big.json");

        WorkspaceExporter.write(file, WorkspaceContent.read(source), WorkspaceExporter.Options.whole());
        WorkspaceImporter importer = new WorkspaceImporter(target);
        CheckedImport checked = importer.check(file);
        importer.apply(checked, ImportChoices.all(Resolution.SKIP), null, null);

        assertThat(WorkspaceContent.read(target).mailboxes()).hasSize(1_000);
        assertThat(RoundTripTest.json(target)).isEqualTo(RoundTripTest.json(source));
    }
}
