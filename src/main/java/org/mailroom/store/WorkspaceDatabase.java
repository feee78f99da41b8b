package org.mailroom.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.mailroom.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace: one embedded H2 file in the data folder, opened once per process. Every change is
 * committed as it is made (auto-commit, no write delay), so nothing is lost when the app is killed.
 * All repositories share its single connection and synchronize on this object.
 */
public final class WorkspaceDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceDatabase.class);
    static final String FILE_NAME = "workspace";

    private final Path folder;
    private final Connection connection;

    private WorkspaceDatabase(Path folder, Connection connection) {
        this.folder = folder;
        this.connection = connection;
    }

    /** Opens (or creates) the workspace in {@code folder} and migrates it to the current schema. */
    public static WorkspaceDatabase open(Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve(FILE_NAME).toAbsolutePath() + ";WRITE_DELAY=0";
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(url, "mailroom", "");
            int version = Migrations.apply(connection);
            LOG.info("Workspace {} open at schema version {}", folder, version);
            return new WorkspaceDatabase(folder, connection);
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

    /** The shared connection; callers hold this object's monitor while they use it. */
    Connection connection() {
        return connection;
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
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
