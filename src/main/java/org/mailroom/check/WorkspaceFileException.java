package org.mailroom.check;

import java.nio.file.Path;
import org.mailroom.text.Text;

/** A workspace file that cannot be read or parsed; the message names the file and what is wrong with it. */
public class WorkspaceFileException extends Exception {

    /** @param problem what is wrong, e.g. "line 12, column 5: mailboxes[3].port must be a number" */
    public WorkspaceFileException(Path file, String problem) {
        this(file, problem, null);
    }

    public WorkspaceFileException(Path file, String problem, Throwable cause) {
        super(Text.get("check.file.unreadable", file, problem), cause);
    }
}
