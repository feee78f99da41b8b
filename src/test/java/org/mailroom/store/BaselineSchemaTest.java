package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.baseline.BaselineMigrationConfigurationExtension;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new H2 workspace is made by the one baseline script; a workspace that grew script by script holds exactly the
 * same schema: tables, columns in order with their types, defaults and generated values, keys, checks, foreign keys
 * with their delete rules, indexes, and the rows the scripts put in.
 */
class BaselineSchemaTest {

    @TempDir
    Path folder;

    @Test
    void theBaselineBuildsTheSchemaTheNumberedScriptsBuild() throws Exception {
        List<String> byBaseline = schemaOf(folder.resolve("baseline"), false);
        List<String> byScripts = schemaOf(folder.resolve("scripts"), true);

        assertThat(byBaseline).isNotEmpty().containsExactlyElementsOf(byScripts);
    }

    @Test
    void aNewWorkspaceRecordsTheBaselineAndTheScriptsAfterIt() throws Exception {
        JdbcConnectionPool pool = pool(folder.resolve("new"));
        try {
            WorkspaceSchema.flyway(pool, null).migrate();
            assertThat(rows(pool, "SELECT \"version\" || ' ' || \"type\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\""))
                    .first().isEqualTo("12 SQL_BASELINE");
        } finally {
            pool.dispose();
        }
    }

    private static List<String> schemaOf(Path folder, boolean scriptByScript) throws SQLException {
        JdbcConnectionPool pool = pool(folder);
        try {
            var configuration = Flyway.configure(WorkspaceSchema.class.getClassLoader())
                    .configuration(WorkspaceSchema.flyway(pool, null).getConfiguration());
            if (scriptByScript) {
                configuration.validateMigrationNaming(false)
                        .getConfigurationExtension(BaselineMigrationConfigurationExtension.class).setBaselineMigrationPrefix("NO_BASELINE");
            }
            configuration.load().migrate();
            assertThat(rows(pool, "SELECT \"version\" || ' ' || \"type\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL "
                    + "ORDER BY \"installed_rank\"")).first().isEqualTo(scriptByScript ? "1 SQL" : "12 SQL_BASELINE");
            List<String> schema = new ArrayList<>();
            schema.addAll(rows(pool, "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, "
                    + "IS_NULLABLE, COLUMN_DEFAULT, IS_GENERATED, GENERATION_EXPRESSION, IS_IDENTITY FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history' ORDER BY TABLE_NAME, ORDINAL_POSITION"));
            // unnamed constraints get a generated name, which differs between the two ways: they compare by what they hold
            schema.addAll(rows(pool, "SELECT t.TABLE_NAME, t.CONSTRAINT_TYPE, "
                    + "CASE WHEN t.CONSTRAINT_NAME LIKE 'CONSTRAINT%' THEN '' ELSE t.CONSTRAINT_NAME END, "
                    + "(SELECT LISTAGG(k.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY k.ORDINAL_POSITION) FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE k "
                    + "WHERE k.CONSTRAINT_NAME = t.CONSTRAINT_NAME AND k.TABLE_NAME = t.TABLE_NAME), "
                    + "(SELECT c.CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS c WHERE c.CONSTRAINT_NAME = t.CONSTRAINT_NAME), "
                    + "(SELECT r.DELETE_RULE || ' ' || r.UPDATE_RULE FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r "
                    + "WHERE r.CONSTRAINT_NAME = t.CONSTRAINT_NAME) "
                    + "FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t WHERE t.TABLE_SCHEMA = 'PUBLIC' AND t.TABLE_NAME <> 'flyway_schema_history' "
                    + "ORDER BY 1, 2, 3, 4, 5"));
            schema.addAll(rows(pool, "SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, (SELECT LISTAGG(c.COLUMN_NAME, ',') "
                    + "WITHIN GROUP (ORDER BY c.ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEX_COLUMNS c WHERE c.INDEX_NAME = i.INDEX_NAME "
                    + "AND c.TABLE_NAME = i.TABLE_NAME) FROM INFORMATION_SCHEMA.INDEXES i WHERE i.TABLE_SCHEMA = 'PUBLIC' "
                    + "AND i.TABLE_NAME <> 'flyway_schema_history' AND i.INDEX_NAME NOT LIKE '%INDEX_%' AND i.INDEX_NAME NOT LIKE 'PRIMARY_KEY%' "
                    + "ORDER BY 1, 2"));
            schema.addAll(rows(pool, "SELECT id, host, port, protocol, security, version FROM mail_server ORDER BY id"));
            schema.addAll(rows(pool, "SELECT singleton, attribute_id FROM from_address_setting"));
            return schema;
        } finally {
            pool.dispose();
        }
    }

    private static JdbcConnectionPool pool(Path folder) {
        return JdbcConnectionPool.create("jdbc:h2:file:" + folder.resolve(WorkspaceDatabase.FILE_NAME).toAbsolutePath(), "mailroom", "");
    }

    private static List<String> rows(JdbcConnectionPool pool, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " | " : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
