package org.mailroom.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.h2.api.ErrorCode;
import org.mailroom.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace: one embedded H2 file in the data folder, opened once per process. Every change is
 * committed as it is made (auto-commit, no write delay), so nothing is lost when the app is killed.
 * All repositories share its single connection and synchronize on this object.
 *
 * <p>The app opens it in the background ({@link #openInBackground}) so the file and the toolkit come
 * up side by side; a repository call made before the file is open waits for it.
 */
public final class WorkspaceDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceDatabase.class);
    static final String FILE_NAME = "workspace";

    private final Path folder;
    private final CompletableFuture<Connection> connection;

    private WorkspaceDatabase(Path folder, CompletableFuture<Connection> connection) {
        this.folder = folder;
        this.connection = connection;
    }

    /** Opens (or creates) the workspace in {@code folder} and migrates it to the current schema. */
    public static WorkspaceDatabase open(Path folder) {
        return new WorkspaceDatabase(folder, CompletableFuture.completedFuture(connect(folder)));
    }

    /** Starts opening the workspace on {@code executor}; {@link #opened()} tells when it is ready. */
    public static WorkspaceDatabase openInBackground(Path folder, Executor executor) {
        return new WorkspaceDatabase(folder, CompletableFuture.supplyAsync(() -> connect(folder), executor));
    }

    /** Completes when the file is open, or exceptionally with the {@link StoreException} that says why not. */
    public CompletableFuture<WorkspaceDatabase> opened() {
        return connection.thenApply(ready -> this);
    }

    private static Connection connect(Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve(FILE_NAME).toAbsolutePath() + ";WRITE_DELAY=0";
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(url, "mailroom", "");
            int version = Migrations.apply(connection);
            LOG.info("Workspace {} open at schema version {}", folder, version);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw translateOpenFailure(folder, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public Path folder() {
        return folder;
    }

    /** The shared connection, once open; callers hold this object's monitor while they use it. */
    Connection connection() {
        try {
            return connection.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof StoreException failure ? failure : e;
        }
    }

    /** Work on the shared connection that commits together or not at all. */
    @FunctionalInterface
    interface Transaction<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs a use case in one transaction: every store call {@code work} makes on this thread joins it, so
     * it all commits together or, on any exception (rethrown as it is), not at all. Nested calls join.
     */
    public synchronized <T> T inTransaction(java.util.function.Supplier<T> work) {
        return inTransaction(connection -> work.get());
    }

    /** As {@link #inTransaction(java.util.function.Supplier)}, for work without a result. */
    public void useTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    private int transactionDepth;

    /** Runs {@code work} in one transaction under this object's lock; on any failure nothing is changed. */
    synchronized <T> T inTransaction(Transaction<T> work) {
        Connection shared = connection();
        if (transactionDepth > 0) {
            try {
                return work.run(shared);
            } catch (SQLException e) {
                throw SqlErrors.writeFailed(e);
            }
        }
        transactionDepth++;
        try {
            shared.setAutoCommit(false);
            T result = work.run(shared);
            shared.commit();
            return result;
        } catch (SQLException e) {
            SqlErrors.rollback(shared);
            throw SqlErrors.writeFailed(e);
        } catch (RuntimeException e) {
            SqlErrors.rollback(shared);
            throw e;
        } finally {
            transactionDepth--;
            SqlErrors.restoreAutoCommit(shared);
        }
    }

    @Override
    public synchronized void close() {
        connection.thenAccept(WorkspaceDatabase::closeQuietly);
    }

    private static StoreException translateOpenFailure(Path folder, SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
                    new WorkspaceInUseException(Text.get("store.inUse", folder), e);
            case ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_CORRUPTED_1, ErrorCode.IO_EXCEPTION_1 ->
                    new StoreException(Text.get("store.unreadable", folder), e);
            case ErrorCode.WRONG_USER_OR_PASSWORD ->
                    new StoreException(Text.get("store.foreignFile", folder), e);
            default -> new StoreException(Text.get("store.openFailed", folder, e.getMessage()), e);
        };
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the workspace failed", e);
        }
    }
}
