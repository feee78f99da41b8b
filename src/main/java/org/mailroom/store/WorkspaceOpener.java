package org.mailroom.store;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.mailroom.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the workspace file of a data folder: the folder made (owner-only) or refused in words, a folder Mailroom may
 * not write to named before anything is tried, the H2 URL built so no path character is a setting, and the schema
 * brought up to date. A file this Mailroom must not change (newer, not Mailroom's) is let go without a write.
 */
final class WorkspaceOpener {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceOpener.class);
    /**
     * No write delay: each commit is written to the file as it ends (H2 then stores the MVStore at once rather than
     * in a background thread); {@link WorkspaceDatabase#write} forces it to the disk. A writer waits up to ten seconds
     * for a row another thread's transaction holds (an import, say) before it gives up.
     */
    private static final String SETTINGS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    /** H2 opens the file for reading only, and refuses every change with DATABASE_IS_READ_ONLY. */
    private static final String READ_ONLY = ";ACCESS_MODE_DATA=r";

    /**
     * The open workspace: Jdbi on it, what closes it (the pool, which holds an H2 file open; a file this Mailroom may
     * write is then noted as closed cleanly, so the next start needs no look first), and the team server's connection
     * details when it is one (null for a folder).
     */
    record Connected(Runnable close, Jdbi jdbi, boolean readOnly, TeamServerOpener.Team team) {

        boolean isTeam() {
            return team != null;
        }
    }

    private WorkspaceOpener() {
    }

    /**
     * @param fileSystem an H2 file-system scheme to wrap the file in ("" for none; tests watch the file through one)
     * @throws WorkspaceReadOnlyException when Mailroom may not write in the folder and {@code readOnly} is false
     */
    static Connected connect(Path folder, String fileSystem, boolean readOnly) {
        long started = System.nanoTime();
        Path file = folder.resolve(WorkspaceDatabase.FILE_NAME + ".mv.db");
        prepareFolder(folder, file, readOnly);
        String url = "jdbc:h2:" + fileSystem + FolderAliasPath.name(folder, WorkspaceDatabase.FILE_NAME) + SETTINGS;
        if (!readOnly && Files.isRegularFile(file)) {
            if (!CleanClose.vouchesFor(folder, file, WorkspaceSchema.LATEST)) {
                refuseUnopenable(folder, url);
            }
            CleanClose.forget(folder);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url + (readOnly ? READ_ONLY : ""), "mailroom", "");
        try {
            String version = WorkspaceSchema.bringUpToDate(pool, folder, readOnly);
            if (!readOnly && !PrivateFiles.restrict(file)) {
                LOG.warn("The workspace file in {} could not be made private to its owner", folder);
            }
            Jdbi jdbi = Jdbi.create(() -> connection(pool)).installPlugin(new SqlObjectPlugin());
            LOG.info("Workspace {} open{} at schema version {} in {} ms", folder, readOnly ? " read-only" : "", version,
                    (System.nanoTime() - started) / 1_000_000);
            return new Connected(() -> {
                pool.dispose();
                if (!readOnly) {
                    CleanClose.record(folder, file, WorkspaceSchema.LATEST);
                }
            }, jdbi, readOnly, null);
        } catch (SQLException e) {
            pool.dispose();
            throw translateOpenFailure(folder, e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /**
     * Looks at an existing file read-only before it is opened for writing: H2 rewrites parts of a file it opens for
     * writing even when nothing is changed, and a file from a newer Mailroom, or not Mailroom's, must stay as it was.
     * Skipped when the file is as this Mailroom last closed it ({@link CleanClose}).
     */
    private static void refuseUnopenable(Path folder, String url) {
        JdbcConnectionPool look = JdbcConnectionPool.create(url + READ_ONLY, "mailroom", "");
        try {
            WorkspaceSchema.refuseUnopenable(look, folder);
        } catch (SQLException e) {
            throw translateOpenFailure(folder, e);
        } finally {
            look.dispose();
        }
    }

    private static void prepareFolder(Path folder, Path file, boolean readOnly) {
        if (File.separatorChar != '\\' && folder.toAbsolutePath().toString().indexOf('\\') >= 0) {
            // H2's own file system reads a backslash as a separator on every OS, so the file would land elsewhere
            throw new StoreException(Text.get("store.backslashInPath", folder));
        }
        if (readOnly) {
            if (!Files.isRegularFile(file)) {
                throw new StoreException(Text.get("store.readOnlyNothing", folder));
            }
            return;
        }
        try {
            PrivateFiles.folder(folder);
        } catch (IOException e) {
            throw new StoreException(Text.get("store.folderNotCreated", folder, FileProblems.reason(e)), e);
        }
        if (!mayWrite(folder, file)) {
            throw new WorkspaceReadOnlyException(Text.get("store.readOnlyFolder", folder));
        }
    }

    /**
     * Whether Mailroom may change the workspace: the folder is asked by making and deleting a file in it (modes say
     * nothing of root, ACLs or a read-only disk), the file by access(2) only: opening and closing it would drop the
     * POSIX lock H2 holds on it if this process had it open already.
     */
    private static boolean mayWrite(Path folder, Path file) {
        try {
            Files.delete(Files.createTempFile(folder, ".mailroom-", ".probe"));
            return !Files.exists(file) || Files.isWritable(file);
        } catch (IOException e) {
            return false;
        }
    }

    /** A pooled connection; one asked for after the pool is disposed fails as a closed database would. */
    private static Connection connection(JdbcConnectionPool pool) throws SQLException {
        try {
            return pool.getConnection();
        } catch (IllegalStateException disposed) {
            throw new SQLException("The workspace is closed", "08003", ErrorCode.DATABASE_IS_CLOSED, disposed);
        }
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
