package org.mailroom.store;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * The workspace: one embedded H2 file in a folder, opened once per process through H2's connection pool, or a
 * team workspace on a PostgreSQL server ({@link TeamServerOpener}), with Jdbi on top and the schema kept by Flyway
 * ({@link WorkspaceSchema}). Every change is committed as it is made (no write delay), so nothing is lost when
 * the app is killed.
 *
 * <p>Each store call runs on its own, in a short transaction of its own. A use case that must change
 * several things together runs them inside {@link #inTransaction(Supplier)}: every store call the work
 * makes on that thread joins the one transaction.
 *
 * <p>The app opens it in the background ({@link #openInBackground}) so the file and the toolkit come
 * up side by side; a store call made before the file is open waits for it.
 */
public final class WorkspaceDatabase implements AutoCloseable {

    static final String FILE_NAME = "workspace";
    /**
     * Forces what the commits wrote down to the disk (H2's Database.sync: MVStore commit, then FileChannel.force):
     * a write reaches the OS at commit, but only this survives an OS crash or a power cut.
     */
    private static final String FORCE_TO_DISK = "CHECKPOINT SYNC";
    /** Whether this thread's open transaction has written anything (a transaction belongs to one thread). */
    private static final ThreadLocal<Boolean> CHANGED = ThreadLocal.withInitial(() -> false);

    private final WorkspaceLocation location;
    private final CompletableFuture<WorkspaceOpener.Connected> connected;

    private WorkspaceDatabase(Path folder, CompletableFuture<WorkspaceOpener.Connected> connected) {
        this(new WorkspaceLocation.Folder(folder), connected);
    }

    private WorkspaceDatabase(WorkspaceLocation location, CompletableFuture<WorkspaceOpener.Connected> connected) {
        this.location = location;
        this.connected = connected;
    }

    /**
     * Opens the workspace at {@code location}: a folder as {@link #open(Path)} does, or a team workspace on its
     * PostgreSQL server with {@code password} (ignored for a folder), created or upgraded by the same migrations.
     */
    public static WorkspaceDatabase open(WorkspaceLocation location, char[] password) {
        return new WorkspaceDatabase(location, CompletableFuture.completedFuture(connect(location, password, false)));
    }

    /** As {@link #open(WorkspaceLocation, char[])}, on {@code executor}; {@link #opened()} tells when it is ready. */
    public static WorkspaceDatabase openInBackground(WorkspaceLocation location, char[] password, boolean readOnly, Executor executor) {
        return new WorkspaceDatabase(location, CompletableFuture.supplyAsync(() -> connect(location, password, readOnly), executor));
    }

    private static WorkspaceOpener.Connected connect(WorkspaceLocation location, char[] password, boolean readOnly) {
        if (location instanceof WorkspaceLocation.TeamServer server) {
            return TeamServerOpener.connect(server, password);
        }
        return WorkspaceOpener.connect(((WorkspaceLocation.Folder) location).path(), "", readOnly);
    }

    /**
     * Opens (or creates) the workspace in {@code folder} and migrates it to the current schema.
     *
     * @throws WorkspaceReadOnlyException when Mailroom may not write there: {@link #openReadOnly} may then open it
     */
    public static WorkspaceDatabase open(Path folder) {
        return new WorkspaceDatabase(folder, CompletableFuture.completedFuture(WorkspaceOpener.connect(folder, "", false)));
    }

    /** Opens the workspace in {@code folder} for reading only: every change is refused in words. */
    public static WorkspaceDatabase openReadOnly(Path folder) {
        return new WorkspaceDatabase(folder, CompletableFuture.completedFuture(WorkspaceOpener.connect(folder, "", true)));
    }

    /** Starts opening the workspace on {@code executor} (read-only when asked); {@link #opened()} tells when it is ready. */
    public static WorkspaceDatabase openInBackground(Path folder, boolean readOnly, Executor executor) {
        return new WorkspaceDatabase(folder, CompletableFuture.supplyAsync(() -> WorkspaceOpener.connect(folder, "", readOnly), executor));
    }

    /** Opens the workspace with H2's file system wrapped by {@code scheme} (tests watch the file through it). */
    static WorkspaceDatabase openThrough(String scheme, Path folder) {
        return new WorkspaceDatabase(folder, CompletableFuture.completedFuture(WorkspaceOpener.connect(folder, scheme + ":", false)));
    }

    /** Completes when the file is open, or exceptionally with the {@link StoreException} that says why not. */
    public CompletableFuture<WorkspaceDatabase> opened() {
        return connected.thenApply(ready -> this);
    }

    /** Whether the file was opened for reading only, every change refused. */
    public boolean isReadOnly() {
        return open().readOnly();
    }

    /** Where this workspace lives: its folder, or its team server. */
    public WorkspaceLocation location() {
        return location;
    }

    /** Whether this is a team workspace on a server, shared with other admins. */
    public boolean isTeam() {
        return open().isTeam();
    }

    /**
     * Starts following the other Mailrooms' changes of a team workspace (nothing for a folder, which is this
     * process's alone): {@code listener} hears of each change they commit, and of the server going away and back.
     */
    public AutoCloseable followChanges(TeamChanges.Listener listener) {
        WorkspaceOpener.Connected open = open();
        return open.isTeam() ? TeamChanges.start(open.team(), listener) : () -> { };
    }

    /**
     * Runs a use case in one transaction and returns what it returns. Every store call {@code work} makes
     * on this thread joins that transaction: it commits when {@code work} returns, and on any exception
     * everything is rolled back and the exception is rethrown unchanged. Called inside another
     * {@code inTransaction} on the same thread, it joins the outer one (which decides, at its end).
     * Store calls on other threads do not see the changes before the commit.
     */
    public <T> T inTransaction(Supplier<T> work) {
        return transaction(SqlErrors.Conflicts.NONE, handle -> work.get(), false);
    }

    /** {@link #inTransaction(Supplier)} for work that returns nothing. */
    public void useTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Runs reading work on this thread's handle (its transaction, if one is open); failures become "could not be read". */
    <T> T read(HandleCallback<T, RuntimeException> work) {
        Jdbi jdbi = jdbi();
        try {
            return jdbi.withHandle(work);
        } catch (RuntimeException e) {
            throw SqlErrors.isDatabaseFailure(e) ? SqlErrors.readFailed(e) : e;
        }
    }

    /** Runs changing work in a transaction (joining this thread's, if one is open); failures become "could not be saved". */
    <T> T write(HandleCallback<T, RuntimeException> work) {
        return write(SqlErrors.Conflicts.NONE, work);
    }

    /**
     * As {@link #write(HandleCallback)}, with a broken database rule explained by {@code conflicts}. The outermost
     * transaction forces its commit to the disk before it returns, so what the screen then reports as saved stays
     * saved through a power cut; a transaction joined into another leaves that to the outer one.
     */
    <T> T write(SqlErrors.Conflicts conflicts, HandleCallback<T, RuntimeException> work) {
        return transaction(conflicts, work, true);
    }

    /**
     * The outermost transaction forces its commit to the disk when it changed something: a change of its own
     * ({@code changes}), or a write joined into it. A use case that only read (the first screen, the check) forces
     * nothing.
     */
    private <T> T transaction(SqlErrors.Conflicts conflicts, HandleCallback<T, RuntimeException> work, boolean changes) {
        Jdbi jdbi = jdbi();
        try {
            return jdbi.withHandle(handle -> {
                boolean outermost = !handle.isInTransaction();
                if (!outermost) {
                    CHANGED.set(CHANGED.get() || changes);
                    return handle.inTransaction(work);
                }
                CHANGED.set(changes);
                try {
                    T result = handle.inTransaction(work);
                    if (CHANGED.get() && !open().readOnly() && !open().isTeam()) {
                        handle.execute(FORCE_TO_DISK);
                    }
                    return result;
                } finally {
                    CHANGED.remove();
                }
            });
        } catch (RuntimeException e) {
            throw SqlErrors.isDatabaseFailure(e) ? SqlErrors.writeFailed(e, conflicts) : e;
        }
    }

    /** Jdbi on the open file; waits for the background open. */
    Jdbi jdbi() {
        return open().jdbi();
    }

    private WorkspaceOpener.Connected open() {
        try {
            return connected.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof StoreException failure ? failure : e;
        }
    }

    /**
     * Closes every pooled connection, which closes the file; store calls fail afterwards. A workspace still opening
     * in the background is waited for and then closed here: closing later on the opening thread let the app (and a
     * test's temp folder) go while the file was still being written.
     */
    @Override
    public void close() {
        WorkspaceOpener.Connected open;
        try {
            open = connected.join();
        } catch (CompletionException | CancellationException refused) {
            return; // it never opened: nothing to close
        }
        open.close().run();
    }
}
