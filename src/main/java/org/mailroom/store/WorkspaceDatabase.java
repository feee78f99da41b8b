package org.mailroom.store;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.mailroom.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace: one embedded H2 file in the data folder, opened once per process through H2's
 * connection pool, with Jdbi on top and the schema kept by Flyway ({@link WorkspaceSchema}). Every
 * change is committed as it is made (no write delay), so nothing is lost when the app is killed.
 *
 * <p>Each store call runs on its own, in a short transaction of its own. A use case that must change
 * several things together runs them inside {@link #inTransaction(Supplier)}: every store call the work
 * makes on that thread joins the one transaction.
 *
 * <p>The app opens it in the background ({@link #openInBackground}) so the file and the toolkit come
 * up side by side; a store call made before the file is open waits for it.
 */
public final class WorkspaceDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceDatabase.class);
    static final String FILE_NAME = "workspace";
    /**
     * No write delay: each commit is written to the file as it ends (H2 then stores the MVStore at once rather than
     * in a background thread); {@link #write} forces it to the disk. A writer waits up to ten seconds for a row
     * another thread's transaction holds (an import, say) before it gives up.
     */
    private static final String SETTINGS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    /**
     * Forces what the commits wrote down to the disk (H2's Database.sync: MVStore commit, then FileChannel.force):
     * a write reaches the OS at commit, but only this survives an OS crash or a power cut.
     */
    private static final String FORCE_TO_DISK = "CHECKPOINT SYNC";

    private final Path folder;
    private final CompletableFuture<Connected> connected;

    /** The open file: its pool, which holds the file open, and Jdbi on it. */
    private record Connected(JdbcConnectionPool pool, Jdbi jdbi) {
    }

    private WorkspaceDatabase(Path folder, CompletableFuture<Connected> connected) {
        this.folder = folder;
        this.connected = connected;
    }

    /** Opens (or creates) the workspace in {@code folder} and migrates it to the current schema. */
    public static WorkspaceDatabase open(Path folder) {
        return new WorkspaceDatabase(folder, CompletableFuture.completedFuture(connect(folder, "")));
    }

    /** Starts opening the workspace on {@code executor}; {@link #opened()} tells when it is ready. */
    public static WorkspaceDatabase openInBackground(Path folder, Executor executor) {
        return new WorkspaceDatabase(folder, CompletableFuture.supplyAsync(() -> connect(folder, ""), executor));
    }

    /** Opens the workspace with H2's file system wrapped by {@code scheme} (tests watch the file through it). */
    static WorkspaceDatabase openThrough(String scheme, Path folder) {
        return new WorkspaceDatabase(folder, CompletableFuture.completedFuture(connect(folder, scheme + ":")));
    }

    /** Completes when the file is open, or exceptionally with the {@link StoreException} that says why not. */
    public CompletableFuture<WorkspaceDatabase> opened() {
        return connected.thenApply(ready -> this);
    }

    private static Connected connect(Path folder, String fileSystem) {
        long started = System.nanoTime();
        if (File.separatorChar != '\\' && folder.toAbsolutePath().toString().indexOf('\\') >= 0) {
            // H2's own file system reads a backslash as a separator on every OS, so the file would land elsewhere
            throw new StoreException(Text.get("store.backslashInPath", folder));
        }
        try {
            PrivateFiles.folder(folder);
        } catch (IOException e) {
            throw new StoreException(Text.get("store.folderNotCreated", folder, FileProblems.reason(e)), e);
        }
        String url = "jdbc:h2:" + fileSystem + FolderAliasPath.name(folder, FILE_NAME) + SETTINGS;
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "mailroom", "");
        try {
            String version = WorkspaceSchema.bringUpToDate(pool, folder);
            if (!PrivateFiles.restrict(folder.resolve(FILE_NAME + ".mv.db"))) {
                LOG.warn("The workspace file in {} could not be made private to its owner", folder);
            }
            Jdbi jdbi = Jdbi.create(() -> connection(pool)).installPlugin(new SqlObjectPlugin());
            LOG.info("Workspace {} open at schema version {} in {} ms", folder, version, (System.nanoTime() - started) / 1_000_000);
            return new Connected(pool, jdbi);
        } catch (SQLException e) {
            pool.dispose();
            throw translateOpenFailure(folder, e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** A pooled connection; one asked for after {@link #close()} fails as a closed database would. */
    private static Connection connection(JdbcConnectionPool pool) throws SQLException {
        try {
            return pool.getConnection();
        } catch (IllegalStateException disposed) {
            throw new SQLException("The workspace is closed", "08003", ErrorCode.DATABASE_IS_CLOSED, disposed);
        }
    }

    public Path folder() {
        return folder;
    }

    /**
     * Runs a use case in one transaction and returns what it returns. Every store call {@code work} makes
     * on this thread joins that transaction: it commits when {@code work} returns, and on any exception
     * everything is rolled back and the exception is rethrown unchanged. Called inside another
     * {@code inTransaction} on the same thread, it joins the outer one (which decides, at its end).
     * Store calls on other threads do not see the changes before the commit.
     */
    public <T> T inTransaction(Supplier<T> work) {
        return write(SqlErrors.Conflicts.NONE, handle -> work.get());
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
        Jdbi jdbi = jdbi();
        try {
            return jdbi.withHandle(handle -> {
                boolean outermost = !handle.isInTransaction();
                T result = handle.inTransaction(work);
                if (outermost) {
                    handle.execute(FORCE_TO_DISK);
                }
                return result;
            });
        } catch (RuntimeException e) {
            throw SqlErrors.isDatabaseFailure(e) ? SqlErrors.writeFailed(e, conflicts) : e;
        }
    }

    /** Jdbi on the open file; waits for the background open. */
    Jdbi jdbi() {
        try {
            return connected.join().jdbi();
        } catch (CompletionException e) {
            throw e.getCause() instanceof StoreException failure ? failure : e;
        }
    }

    /** Closes every pooled connection, which closes the file; store calls fail afterwards. */
    @Override
    public void close() {
        connected.thenAccept(open -> open.pool().dispose());
    }

    private static StoreException translateOpenFailure(Path folder, SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
                    new WorkspaceInUseException(Text.get("store.inUse", folder), e);
            case ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_CORRUPTED_1, ErrorCode.IO_EXCEPTION_1 ->
                    new StoreException(Text.get("store.unreadable", folder), e);
            case ErrorCode.WRONG_USER_OR_PASSWORD ->
                    new StoreException(Text.get("store.foreignFile", folder), e);
            default -> {
                LOG.warn("Opening the workspace {} failed", folder, e);
                yield new StoreException(Text.get("store.openFailed", folder, SqlErrors.code(e)), e);
            }
        };
    }
}
