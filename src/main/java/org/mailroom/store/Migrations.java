package org.mailroom.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.mailroom.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a workspace file to the current schema by running the numbered scripts
 * {@code migrations/V1.sql}, {@code V2.sql}, ... it has not seen yet, each in its own transaction.
 * A dozen lines do what a migration framework would, without its start-up cost.
 */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /** Applies the missing migrations and returns the schema version the workspace is now at. */
    static int apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INT PRIMARY KEY, applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP)");
        }
        int version = currentVersion(connection);
        if (version > 0 && script(version) == null) {
            throw new StoreException(Text.get("store.newerVersion", version));
        }
        String sql;
        while ((sql = script(version + 1)) != null) {
            version++;
            runInTransaction(connection, sql, version);
            LOG.info("Workspace schema migrated to version {}", version);
        }
        return version;
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void runInTransaction(Connection connection, String sql, int version) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
             PreparedStatement record = connection.prepareStatement("INSERT INTO schema_version(version) VALUES (?)")) {
            statement.execute(sql);
            record.setInt(1, version);
            record.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String script(int version) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/V" + version + ".sql")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(Text.get("store.migrationUnreadable", version), e);
        }
    }
}
