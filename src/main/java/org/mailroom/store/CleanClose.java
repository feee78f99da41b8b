package org.mailroom.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A note beside the workspace file, written when this Mailroom closed it: the file's identity, size and time, and
 * the schema version it was left at. While the file still matches the note nothing else has written it since, so
 * the read-only look before opening it for writing (which costs the start a second H2 open) can be skipped. Any
 * doubt (no note, another file, a newer schema) means the look is taken.
 */
final class CleanClose {

    private static final Logger LOG = LoggerFactory.getLogger(CleanClose.class);
    static final String NOTE = "workspace.closed";

    private CleanClose() {
    }

    /** Whether {@code file} is exactly as a Mailroom at schema {@code latest} or older closed it. */
    static boolean vouchesFor(Path folder, Path file, int latest) {
        try {
            String[] note = Files.readString(folder.resolve(NOTE)).split(" ");
            return note.length == 2 && Integer.parseInt(note[0]) <= latest && note[1].equals(fingerprint(file));
        } catch (IOException | RuntimeException noNote) {
            return false;
        }
    }

    /** Forgets the note: from now on only a clean close may vouch for the file again. */
    static void forget(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(NOTE));
        } catch (IOException e) {
            LOG.warn("The note of the last clean close in {} could not be removed", folder, e);
        }
    }

    /** Writes the note after the file was closed at schema {@code version}; without it the next start looks first. */
    static void record(Path folder, Path file, int version) {
        try {
            Files.writeString(folder.resolve(NOTE), version + " " + fingerprint(file));
        } catch (IOException e) {
            LOG.info("The note of a clean close could not be written in {}; the next start checks the file first", folder, e);
        }
    }

    /** The file's identity (inode where the OS has one), size and modification time: a copy or any write changes it. */
    private static String fingerprint(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.fileKey() + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis()
                + "." + attributes.lastModifiedTime().toInstant().getNano();
    }
}
