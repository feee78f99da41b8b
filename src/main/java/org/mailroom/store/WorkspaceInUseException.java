package org.mailroom.store;

/** Another Mailroom process has the workspace open; H2 allows one process per database file. */
public class WorkspaceInUseException extends StoreException {

    public WorkspaceInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
