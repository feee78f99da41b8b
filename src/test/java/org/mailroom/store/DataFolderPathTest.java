package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.domain.DigitalApplication;

/** Every character of the data folder's path is part of the folder's name, none an H2 setting. */
class DataFolderPathTest {

    @TempDir
    Path temp;

    @Test
    void aFolderWithASemicolonOpensAndKeepsItsData() throws Exception {
        Path folder = temp.resolve("team;alpha");
        Files.createDirectories(folder);
        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder)) {
            new ApplicationStore(database).add(DigitalApplication.draft("Sales email"));
        }
        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder)) {
            assertThat(new ApplicationStore(database).findAll().byId().values()).extracting(a -> a.name()).containsExactly("Sales email");
        }
        assertThat(folder.resolve("workspace.mv.db")).isRegularFile();
    }

    @Test
    void settingsInThePathRunNoSqlAndMoveNoFile() throws Exception {
        Path outside = temp.resolve("elsewhere");
        Path folder = temp.resolve("x;INIT=CREATE TABLE injected(a INT)--;FILE_LOCK=NO");
        Files.createDirectories(folder);
        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder)) {
            boolean injected = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = 'injected'").mapTo(Integer.class).one()) > 0;
            assertThat(injected).isFalse();
        }
        assertThat(folder.resolve("workspace.mv.db")).isRegularFile();
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(folder.getFileName().toString());
        }
        assertThat(outside).doesNotExist();
    }

    /** H2's file system reads a backslash as a separator on every OS; such a folder is refused in words. */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aBackslashInTheFolderIsRefusedInWords() throws Exception {
        Path folder = temp.resolve("a\\b");
        Files.createDirectories(folder);

        assertThatThrownBy(() -> WorkspaceDatabase.open(folder))
                .isInstanceOf(StoreException.class)
                .hasMessage("Mailroom cannot keep its workspace in " + folder + ": the path contains a backslash (\\). "
                        + "Choose another folder, without one, with -Dmailroom.home.");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a\\b");
        }
    }
}
