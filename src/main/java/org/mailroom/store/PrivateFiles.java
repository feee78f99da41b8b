package org.mailroom.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data folder and what is in it are the admin's alone: on POSIX the folders are 0700 and the files 0600 (group
 * and others lose every right; the owner keeps what it had, so a read-only folder stays read-only), on Windows the
 * owner's ACL replaces the inherited one. H2 and the log handler create their files with the process's umask, so
 * the folder is what protects them first; their own modes are fixed when the folder is opened.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> NOT_OWNER = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {
    }

    /**
     * Creates {@code folder} (its parents as usual, the folder itself owner-only) or, when it exists, takes every
     * right of others from it and from the files directly in it.
     *
     * @throws IOException when the folder cannot be created
     */
    public static Path folder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.toAbsolutePath().getParent());
            try {
                if (isPosix(folder.toAbsolutePath().getParent())) {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
                } else {
                    Files.createDirectory(folder);
                }
            } catch (FileAlreadyExistsException raced) {
                // made meanwhile by another Mailroom: restricted below like any existing folder
            }
        }
        restrict(folder);
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).forEach(PrivateFiles::restrict);
        }
        return folder;
    }

    /**
     * Takes every right of others from one file or folder. Whether it could is returned, not logged: the log
     * configuration calls this while the log manager starts. A failure is no reason to stop, as the file still works.
     */
    public static boolean restrict(Path path) {
        try {
            if (Files.isSymbolicLink(path)) {
                return false; // a link's target is not the data folder's to change
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                if (permissions.removeAll(NOT_OWNER)) {
                    // by path (chmod), not through a file descriptor the JDK would open and close: closing any
                    // descriptor of a file drops this process's POSIX locks on it, such as H2's on the workspace
                    Files.setPosixFilePermissions(path, permissions);
                }
                return true;
            }
            AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (acl != null) {
                List<AclEntry> ownerOnly = ownerOnly(acl.getOwner(), Files.isDirectory(path));
                if (!acl.getAcl().equals(ownerOnly)) {
                    acl.setAcl(ownerOnly);
                }
                return true;
            }
            return false;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Creates an empty file only the owner may read, unless it exists; e.g. a log before its handler opens it. */
    public static void createFile(Path file) throws IOException {
        try {
            if (isPosix(file.toAbsolutePath().getParent())) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                restrict(file);
            }
        } catch (FileAlreadyExistsException existing) {
            restrict(file);
        }
    }

    /** The ACL that lets the owner do everything and nobody else anything; a folder's is inherited by what it holds. */
    static List<AclEntry> ownerOnly(UserPrincipal owner, boolean folder) {
        AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (folder) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        return List.of(entry.build());
    }

    private static boolean isPosix(Path existing) {
        return Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }
}
