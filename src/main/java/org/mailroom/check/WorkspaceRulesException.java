package org.mailroom.check;

import java.nio.file.Path;
import java.util.List;

/**
 * A workspace file that was read but breaks rules an import enforces, so it could not be imported: each
 * problem (where in the file and what) is an error of the check, not a reason to call the file unreadable.
 */
public final class WorkspaceRulesException extends WorkspaceFileException {

    private final transient List<String> problems;

    /** @param problems each in words with its place, e.g. "$.mailboxes[2].name (line 14, column 15): at most 40 characters" */
    public WorkspaceRulesException(Path file, List<String> problems, Throwable cause) {
        super(file, String.join("; ", problems), cause);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
