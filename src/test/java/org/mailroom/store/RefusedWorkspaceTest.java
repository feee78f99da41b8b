package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.domain.DigitalApplication;

/** A workspace Mailroom may not change is left exactly as it is, and a read-only one opens only when asked to. */
class RefusedWorkspaceTest {

    @TempDir
    Path folder;

    /** chmod does not stop root (the build machines run as root): the immutable attribute does. */
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @AfterEach
    void writableAgain() throws Exception {
        if (ROOT) {
            chattr("-i", folder.resolve("workspace.mv.db"));
            chattr("-i", folder);
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void makeReadOnly(Path folder) throws Exception {
        if (ROOT) {
            chattr("+i", folder.resolve("workspace.mv.db"));
            chattr("+i", folder);
        } else {
            Files.setPosixFilePermissions(folder.resolve("workspace.mv.db"), PosixFilePermissions.fromString("r--------"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        }
    }

    private static void chattr(String change, Path path) throws Exception {
        Process chattr = new ProcessBuilder("chattr", change, path.toString()).redirectErrorStream(true).start();
        assumeTrue(chattr.waitFor(10, TimeUnit.SECONDS) && chattr.exitValue() == 0, "chattr can make a folder immutable");
    }

    @Test
    void aWorkspaceFromANewerMailroomIsLeftByteForByteUntouched() throws Exception {
        WorkspaceDatabase.open(folder).close();
        try (var connection = DriverManager.getConnection("jdbc:h2:" + FolderAliasPath.name(folder, "workspace"), "mailroom", "");
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', "
                    + "'mailroom', 0, TRUE)");
        }
        String before = sha256(folder.resolve("workspace.mv.db"));

        assertThatThrownBy(() -> WorkspaceDatabase.open(folder)).isInstanceOf(StoreException.class)
                .hasMessage("The workspace is at schema version 99, written by a newer Mailroom. Update Mailroom to open it.");

        assertThat(sha256(folder.resolve("workspace.mv.db"))).isEqualTo(before);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aReadOnlyFolderIsNamedAtOpenAndOpensReadOnlyWhenAsked() throws Exception {
        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder)) {
            new ApplicationStore(database).add(DigitalApplication.draft("Sales email"));
        }
        makeReadOnly(folder);
        String before = sha256(folder.resolve("workspace.mv.db"));

        assertThatThrownBy(() -> WorkspaceDatabase.open(folder)).isInstanceOf(WorkspaceReadOnlyException.class)
                .hasMessage("Mailroom may not write in the data folder " + folder + ", so it cannot save changes there. "
                        + "Open the workspace read-only (to look, check and export), or quit and make the folder writable.");

        try (WorkspaceDatabase database = WorkspaceDatabase.openReadOnly(folder)) {
            ApplicationStore applications = new ApplicationStore(database);
            assertThat(database.isReadOnly()).isTrue();
            assertThat(applications.findAll().byId().values()).extracting(DigitalApplication::name).containsExactly("Sales email");
            assertThatThrownBy(() -> applications.add(DigitalApplication.draft("Support email")))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("The workspace is open read-only, so this change was not saved. To make changes, quit and "
                            + "start Mailroom with a data folder you may write to.");
        }
        assertThat(sha256(folder.resolve("workspace.mv.db"))).isEqualTo(before);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
