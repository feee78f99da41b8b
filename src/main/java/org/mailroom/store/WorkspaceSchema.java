package org.mailroom.store;

import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.mailroom.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a workspace to the current schema with Flyway, from the numbered scripts in
 * {@code org/mailroom/store/schema/common} (standard SQL, for every database) and
 * {@code org/mailroom/store/schema/h2} (H2's computed columns, CLOB, VARBINARY). A version lives in
 * exactly one of the two; a team workspace on PostgreSQL takes {@code schema/postgresql}, its own versions of the
 * H2 ones. A new H2 workspace is made by {@code h2/B12__workspace.sql}, the schema of V1 to V12 in one step (their
 * ALTER TABLEs each copy a table in H2, which cost over half a second); {@code BaselineSchemaTest} keeps the two
 * ways equal, and workspaces made script by script carry on from their own history.
 *
 * <p>Before Flyway runs, a few plain queries look at the file:
 * <ul>
 *   <li>a file at the newest version opens without Flyway at all (it costs a cold start several tenths of
 *       a second), so the checksums of applied scripts are checked when Flyway migrates, not on every open;</li>
 *   <li>a file from a newer Mailroom is refused before anything is written;</li>
 *   <li>a file of Mailroom 0.1.0 (its own runner's {@code schema_version} table) is baselined at the
 *       version it reached and migrated from there, keeping its data; its {@code schema_version} is kept and
 *       follows the new version, so 0.1.0 refuses an upgraded file in its own words;</li>
 *   <li>a file with tables but neither history is not Mailroom's, and is left untouched.</li>
 * </ul>
 */
final class WorkspaceSchema {

    /** The newest version shipped; {@code WorkspaceSchemaTest} checks it against the scripts. */
    static final int LATEST = 14;
    /** Where the scripts for H2 are, in the order Flyway reads them. */
    static final String[] H2_LOCATIONS = {"classpath:org/mailroom/store/schema/common", "classpath:org/mailroom/store/schema/h2"};
    /** Where the scripts for a team workspace on PostgreSQL are: the same common ones, and its own of the H2 ones. */
    static final String[] POSTGRESQL_LOCATIONS = {"classpath:org/mailroom/store/schema/common", "classpath:org/mailroom/store/schema/postgresql"};
    static final String HISTORY_TABLE = "flyway_schema_history";
    /** Mailroom 0.1.0's own migration table, one row per script applied. */
    static final String LEGACY_TABLE = "schema_version";
    /** The last version 0.1.0's runner could write. */
    static final int LEGACY_LAST = 7;

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSchema.class);

    private WorkspaceSchema() {
    }

    /**
     * Migrates the workspace behind {@code dataSource} and returns its version. The first connection opens
     * the file, so H2's refusals (in use, damaged, foreign) surface here as {@link SQLException}s.
     */
    static String bringUpToDate(DataSource dataSource, Path folder, boolean readOnly) throws SQLException {
        return bringUpToDate(dataSource, folder, readOnly, H2_LOCATIONS, Text.get("store.foreignFile", folder));
    }

    /**
     * As {@link #bringUpToDate(DataSource, Path, boolean)}, for any database: {@code locations} are its scripts,
     * {@code foreign} what the admin reads when it holds tables that are not Mailroom's.
     */
    static String bringUpToDate(DataSource dataSource, Object where, boolean readOnly, String[] locations, String foreign)
            throws SQLException {
        State state;
        try (Connection connection = dataSource.getConnection()) {
            state = State.read(connection);
        }
        Optional<String> refusal = state.refusal(where, readOnly, foreign);
        if (refusal.isPresent()) {
            throw new StoreException(refusal.get());
        }
        if (state.isLatest()) {
            return state.history.getVersion();
        }
        if (state.history != null) {
            return migrate(dataSource, where, null, state.legacy != null, locations);
        }
        if (state.legacy != null) {
            LOG.info("Workspace {} comes from Mailroom 0.1.0 (schema_version {}); moving it to Flyway", where, state.legacy);
            return migrate(dataSource, where, state.legacy, true, locations);
        }
        return migrate(dataSource, where, null, false, locations);
    }

    /** Refuses a file this Mailroom must not open (newer, not Mailroom's); {@code dataSource} may be read-only. */
    static void refuseUnopenable(DataSource dataSource, Path folder) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> refusal = State.read(connection).refusal(folder, false, Text.get("store.foreignFile", folder));
            if (refusal.isPresent()) {
                throw new StoreException(refusal.get());
            }
        }
    }

    private static String migrate(DataSource dataSource, Object folder, Integer baselineAt, boolean legacyTable, String[] locations)
            throws SQLException {
        MigrateResult result;
        try {
            result = flyway(dataSource, baselineAt, locations).migrate();
        } catch (FlywayException e) {
            // Flyway's message names scripts and SQL: the log gets it, the admin the code to quote
            LOG.warn("Migrating the workspace {} failed", folder, e);
            SQLException sql = SqlErrors.sqlCause(e);
            // Flyway's own error codes are constant names: the admin gets the database's number, or only the sentence
            throw new StoreException(sql != null ? Text.get("store.openFailed", folder, sql.getErrorCode())
                    : Text.get("store.upgradeFailed", folder), e);
        }
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        MigrationVersion reached = MigrationVersion.fromVersion(version);
        if (MigrationVersion.fromVersion(Integer.toString(LATEST)).isNewerThan(reached)) {
            // a script this build ships did not reach Flyway: a broken build, not a broken file
            throw new StoreException(Text.get("store.migrationUnreadable", reached.getMajor().add(BigInteger.ONE)));
        }
        if (result.migrationsExecuted > 0) {
            LOG.info("Workspace schema migrated from version {} to {}", result.initialSchemaVersion, version);
        }
        if (legacyTable) {
            recordInLegacyTable(dataSource, reached.getMajor().intValueExact());
        }
        return version;
    }

    /** The configuration every workspace migrates with; tests use it to validate the scripts. */
    static Flyway flyway(DataSource dataSource, Integer baselineAt) {
        return flyway(dataSource, baselineAt, H2_LOCATIONS);
    }

    static Flyway flyway(DataSource dataSource, Integer baselineAt, String[] locations) {
        FluentConfiguration configuration = Flyway.configure(WorkspaceSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .table(HISTORY_TABLE)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .skipDefaultCallbacks(true)
                .cleanDisabled(true);
        if (baselineAt != null) {
            configuration.baselineOnMigrate(true)
                    .baselineVersion(Integer.toString(baselineAt))
                    .baselineDescription("Mailroom 0.1.0 schema_version " + baselineAt);
        }
        return configuration.load();
    }

    /** Keeps 0.1.0's table at the version the file is now at, so that version refuses what it cannot read. */
    private static void recordInLegacyTable(DataSource dataSource, int version) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + LEGACY_TABLE + " (version) "
                     + "SELECT ? WHERE ? > (SELECT COALESCE(MAX(version), 0) FROM " + LEGACY_TABLE + ")")) {
            insert.setInt(1, version);
            insert.setInt(2, version);
            insert.executeUpdate();
        }
    }

    /** What the file holds before anything is changed. */
    private static final class State {

        final Set<String> tables = new TreeSet<>();
        MigrationVersion history;
        boolean failedMigration;
        Integer legacy;

        boolean isLatest() {
            return history != null && !failedMigration && history.equals(MigrationVersion.fromVersion(Integer.toString(LATEST)));
        }

        /** Why this Mailroom must not open the file (newer, not Mailroom's, or read-only and in need of a migration). */
        Optional<String> refusal(Object folder, boolean readOnly, String foreign) {
            if (history != null && history.isNewerThan(Integer.toString(LATEST))) {
                return Optional.of(Text.get("store.newerVersion", history.getVersion()));
            }
            if (history == null && legacy != null && legacy > LEGACY_LAST) {
                return Optional.of(Text.get("store.newerVersion", legacy));
            }
            if (history == null && legacy == null && !tables.isEmpty()) {
                LOG.warn("Workspace {} has tables {} but no schema history", folder, tables);
                return Optional.of(foreign);
            }
            return readOnly && !isLatest() ? Optional.of(Text.get("store.readOnlyUpgrade", folder)) : Optional.empty();
        }

        static State read(Connection connection) throws SQLException {
            State state = new State();
            try (Statement statement = connection.createStatement()) {
                // the driver's catalogue, not INFORMATION_SCHEMA: PostgreSQL's lists only the tables this user may read
                try (ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                    while (rows.next()) {
                        state.tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                if (state.tables.contains(HISTORY_TABLE)) {
                    try (ResultSet rows = statement.executeQuery(
                            "SELECT \"version\", \"success\" FROM \"" + HISTORY_TABLE + "\" WHERE \"version\" IS NOT NULL")) {
                        while (rows.next()) {
                            if (!rows.getBoolean(2)) {
                                state.failedMigration = true;
                                continue;
                            }
                            MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                            if (state.history == null || version.isNewerThan(state.history)) {
                                state.history = version;
                            }
                        }
                    }
                    if (state.history == null) {
                        state.history = MigrationVersion.EMPTY;
                    }
                }
                if (state.tables.contains(LEGACY_TABLE)) {
                    try (ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM " + LEGACY_TABLE)) {
                        rows.next();
                        state.legacy = rows.getInt(1);
                    }
                }
            }
            return state;
        }
    }
}
