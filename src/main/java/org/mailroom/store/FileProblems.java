package org.mailroom.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import org.mailroom.text.Text;

/** Why a file or folder could not be made, in words: the JDK's exceptions name the cause by their class. */
public final class FileProblems {

    private FileProblems() {
    }

    public static String reason(IOException e) {
        String file = e instanceof FileSystemException failed && failed.getFile() != null ? failed.getFile() : "";
        if (e instanceof AccessDeniedException) {
            return Text.get("store.reason.denied", file);
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return Text.get("store.reason.fileInTheWay", file);
        }
        if (e instanceof FileSystemException failed && "Read-only file system".equals(failed.getReason())) {
            return Text.get("store.reason.readOnly", file);
        }
        String reason = e instanceof FileSystemException failed && failed.getReason() != null ? failed.getReason() : "";
        if (reason.isEmpty()) {
            reason = file.isEmpty() && e.getMessage() != null ? e.getMessage() : file;
        }
        return Text.get("store.reason.other", reason);
    }
}
