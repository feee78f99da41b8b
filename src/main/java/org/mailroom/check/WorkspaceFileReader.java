package org.mailroom.check;

import java.nio.file.Path;
import org.mailroom.store.WorkspaceContent;

/** Reads an exported workspace file, for the headless check; the JSON reader lives with export and import. */
@FunctionalInterface
public interface WorkspaceFileReader {

    WorkspaceContent read(Path file) throws WorkspaceFileException;
}
