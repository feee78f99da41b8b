package org.mailroom.store;

/** The data folder or the workspace file may not be written: the app offers to open it read-only instead. */
public final class WorkspaceReadOnlyException extends StoreException {

    public WorkspaceReadOnlyException(String message) {
        super(message);
    }
}
