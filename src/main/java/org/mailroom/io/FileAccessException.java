package org.mailroom.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.mailroom.domain.AdminMessage;
import org.mailroom.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file Mailroom could not read or write, in words: which file or folder, and why. The JDK names only a
 * path (often a temporary file's), so the reason is found by looking at the folder; the JDK's exception
 * goes to the log.
 */
public final class FileAccessException extends IOException implements AdminMessage {

    private static final Logger LOG = LoggerFactory.getLogger(FileAccessException.class);

    private FileAccessException(String message, IOException cause) {
        super(message, cause);
        LOG.info("{}", message, cause);
    }

    /** Writing {@code target} failed: its folder is missing, not a folder or read-only, or the disk refused. */
    public static FileAccessException writing(Path target, IOException cause) {
        if (cause instanceof FileAccessException said) {
            return said;
        }
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        String name = String.valueOf(file.getFileName());
        String message;
        if (folder != null && !Files.exists(folder)) {
            message = Text.get("files.write.noFolder", folder, name);
        } else if (folder != null && !Files.isDirectory(folder)) {
            message = Text.get("files.write.notFolder", folder, name);
        } else if (Files.isDirectory(file)) {
            message = Text.get("files.write.targetIsFolder", file);
        } else if (cause instanceof AccessDeniedException || folder != null && (!Files.isWritable(folder) || isReadOnly(folder))) {
            message = Text.get("files.write.readOnly", folder, name);
        } else {
            message = reason(cause).map(why -> Text.get("files.write.failed", file, why)).orElseGet(() -> Text.get("files.write.unknown", file));
        }
        return new FileAccessException(message, cause);
    }

    /** Reading {@code source} failed: it is missing, a folder, not readable, or the disk refused. */
    public static FileAccessException reading(Path source, IOException cause) {
        if (cause instanceof FileAccessException said) {
            return said;
        }
        Path file = source.toAbsolutePath();
        String message;
        if (cause instanceof NoSuchFileException || !Files.exists(file)) {
            message = Text.get("files.read.missing", file);
        } else if (Files.isDirectory(file)) {
            message = Text.get("files.read.isFolder", file);
        } else if (cause instanceof AccessDeniedException || !Files.isReadable(file)) {
            message = Text.get("files.read.denied", file);
        } else {
            message = reason(cause).map(why -> Text.get("files.read.failed", file, why)).orElseGet(() -> Text.get("files.read.unknown", file));
        }
        return new FileAccessException(message, cause);
    }

    private static boolean isReadOnly(Path folder) {
        try {
            return Files.getFileStore(folder).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    /** The operating system's own words ("No space left on device"), which name no Java class. */
    private static Optional<String> reason(IOException cause) {
        String reason = cause instanceof FileSystemException system ? system.getReason() : null;
        return Optional.ofNullable(reason).filter(text -> !text.isBlank());
    }
}
