package org.mailroom.check;

import java.nio.file.Path;

/** Reads an exported workspace file, for the headless check; the JSON reader lives with export and import. */
@FunctionalInterface
public interface WorkspaceFileReader {

    /** The workspace with the last tests and checked manifests the file carries. */
    CheckInput read(Path file) throws WorkspaceFileException;
}
