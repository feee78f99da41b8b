package org.mailroom.store;

/** Failures of the database itself, met as a store meets them, for tests of what the admin then reads. */
public final class StoreFailures {

    private StoreFailures() {
    }

    /** A write the database refuses because a value is longer than its column (what the rules must stop first). */
    public static RuntimeException valueTooLong(WorkspaceDatabase database) {
        try {
            database.write(handle -> handle.execute("INSERT INTO digital_application (name) VALUES (?)", "x".repeat(65)));
        } catch (RuntimeException refused) {
            return refused;
        }
        throw new AssertionError("the database took a value longer than its column");
    }
}
