package org.mailroom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.mailroom.store.WorkspaceDatabase;

/**
 * A workspace as Mailroom 0.1.0's own migration runner left it: its {@code schema_version} table and the
 * numbered scripts, which are the same files Flyway runs today (under {@code store/schema}).
 */
public final class LegacyWorkspace {

    private LegacyWorkspace() {
    }

    /** Builds the workspace in {@code folder} up to script {@code upTo}, with one mailbox 'legacy'. */
    public static void build(Path folder, int upTo) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(folder), "mailroom", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, "
                    + "applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP)");
            for (int version = 1; version <= upTo; version++) {
                statement.execute(script(version));
                statement.execute("INSERT INTO schema_version (version) VALUES (" + version + ")");
            }
            statement.execute("INSERT INTO mailbox (direction, name, max_size_mb, login, server_id) "
                    + "VALUES ('INBOUND', 'legacy', 7, 'legacy', 1)");
        }
    }

    /** The H2 URL of the workspace file in {@code folder}, for a test that writes to it directly. */
    public static String url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("workspace").toAbsolutePath();
    }

    /** Script {@code V<version>__*.sql}, from whichever dialect folder holds it. */
    private static String script(int version) {
        try (Stream<Path> files = Files.walk(Path.of(WorkspaceDatabase.class.getResource("schema").toURI()))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith("V" + version + "__")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no migration script V" + version));
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
