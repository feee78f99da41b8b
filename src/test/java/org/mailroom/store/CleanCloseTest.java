package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.h2.store.fs.FilePath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.store.DurableCommitTest.WatchedPath;

/**
 * A workspace file as this Mailroom closed it opens for writing at once; any other file (written since, or noted by
 * a newer Mailroom) is first looked at read-only, so one Mailroom must not change is left as it is.
 */
class CleanCloseTest {

    private static final String LOOK = "open r";

    @TempDir
    Path folder;

    @BeforeAll
    static void watchFiles() {
        FilePath.register(new WatchedPath());
    }

    private void openAndClose() {
        try (WorkspaceDatabase database = WorkspaceDatabase.openThrough(WatchedPath.SCHEME, folder)) {
            new ApplicationStore(database).add(DigitalApplication.draft("Sales email " + System.nanoTime()));
        }
    }

    @Test
    void aFileThisMailroomClosedOpensWithoutALookFirstAndIsNotVouchedForWhileOpen() {
        openAndClose();
        DurableCommitTest.EVENTS.clear();

        try (WorkspaceDatabase database = WorkspaceDatabase.openThrough(WatchedPath.SCHEME, folder)) {
            assertThat(new ApplicationStore(database).findAll().byId()).hasSize(1);
            assertThat(DurableCommitTest.EVENTS).doesNotContain(LOOK).contains("open rw");
            assertThat(folder.resolve(CleanClose.NOTE)).as("a crash now leaves no note behind").doesNotExist();
        }
        assertThat(folder.resolve(CleanClose.NOTE)).exists();
    }

    @Test
    void aFileWrittenSinceTheCleanCloseIsLookedAtFirst() throws Exception {
        openAndClose();
        try (var connection = DriverManager.getConnection("jdbc:h2:" + FolderAliasPath.name(folder, "workspace"), "mailroom", "");
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE written_elsewhere (id INT)");
        }
        DurableCommitTest.EVENTS.clear();

        WorkspaceDatabase.openThrough(WatchedPath.SCHEME, folder).close();

        assertThat(DurableCommitTest.EVENTS).startsWith(LOOK);
    }

    @Test
    void aNoteLeftByANewerMailroomIsNotTrusted() throws Exception {
        openAndClose();
        Path note = folder.resolve(CleanClose.NOTE);
        Files.writeString(note, Files.readString(note).replaceFirst("^\\d+", Integer.toString(WorkspaceSchema.LATEST + 1)));
        DurableCommitTest.EVENTS.clear();

        WorkspaceDatabase.openThrough(WatchedPath.SCHEME, folder).close();

        assertThat(DurableCommitTest.EVENTS).startsWith(LOOK);
    }

    @Test
    void aDamagedNoteIsNotTrusted() throws Exception {
        openAndClose();
        Files.writeString(folder.resolve(CleanClose.NOTE), "not a note");
        DurableCommitTest.EVENTS.clear();

        WorkspaceDatabase.openThrough(WatchedPath.SCHEME, folder).close();

        assertThat(DurableCommitTest.EVENTS).startsWith(LOOK);
    }
}
