package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The data folder is the admin's alone: 0700 and 0600 on POSIX, an owner-only ACL on Windows. */
class PrivateFilesTest {

    @TempDir
    Path temp;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNewWorkspaceFolderAndItsFileAreTheOwnersAlone() throws IOException {
        Path folder = temp.resolve("new").resolve("mailroom");
        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder)) {
            assertThat(mode(folder)).isEqualTo("rwx------");
            assertThat(mode(folder.resolve("workspace.mv.db"))).isEqualTo("rw-------");
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void anExistingWorldReadableFolderIsFixedOnOpen() throws IOException {
        Path folder = temp.resolve("mailroom");
        WorkspaceDatabase.open(folder).close();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(folder.resolve("workspace.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Path windowState = Files.writeString(folder.resolve("window.properties"), "x=1");
        Files.setPosixFilePermissions(windowState, PosixFilePermissions.fromString("rw-rw-rw-"));

        WorkspaceDatabase.open(folder).close();

        assertThat(mode(folder)).isEqualTo("rwx------");
        assertThat(mode(folder.resolve("workspace.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(windowState)).isEqualTo("rw-------");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aReadOnlyFileStaysReadOnly() throws IOException {
        Path file = Files.writeString(temp.resolve("notes"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        PrivateFiles.restrict(file);

        assertThat(mode(file)).isEqualTo("r--------");
    }

    @Test
    void aFolderThatCannotBeCreatedIsRefusedInWords() throws IOException {
        Path inTheWay = Files.writeString(temp.resolve("data"), "a file, not a folder");
        Path folder = inTheWay.resolve("mailroom");

        assertThatThrownBy(() -> WorkspaceDatabase.open(folder)).isInstanceOf(StoreException.class)
                .hasMessage("Mailroom cannot create its data folder " + folder + ": " + inTheWay + " is a file, not a folder. "
                        + "Start Mailroom with a folder you may write to (-Dmailroom.home=FOLDER).")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void onWindowsTheOwnerAloneGetsEveryRightAndTheFolderPassesItOn() throws IOException {
        var owner = Files.getOwner(temp);

        var acl = PrivateFiles.ownerOnly(owner, true);

        assertThat(acl).singleElement().satisfies(entry -> {
            assertThat(entry.principal()).isEqualTo(owner);
            assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW);
            assertThat(entry.permissions()).containsAll(java.util.EnumSet.allOf(AclEntryPermission.class));
            assertThat(entry.flags()).containsExactlyInAnyOrder(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        });
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
