package org.mailroom.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.net.ssl.SSLException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.mailroom.text.Text;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.util.PSQLState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a team workspace on a PostgreSQL server: always over TLS with the server's certificate and host name
 * verified ({@code sslmode=verify-full}), the schema brought up to date by the same Flyway scripts as a folder's,
 * then a small pool that reconnects by itself when the server comes back. Every refusal is a sentence and changes
 * nothing: an unreachable server, a wrong password, a server without TLS or with a certificate not trusted, a
 * database that is not Mailroom's or is from a newer Mailroom.
 */
final class TeamServerOpener {

    private static final Logger LOG = LoggerFactory.getLogger(TeamServerOpener.class);
    /** How long a connection attempt may take before the server counts as unreachable. */
    static final int CONNECT_TIMEOUT_SECONDS = 5;

    /** The team server this workspace is on, and how to reach it again (the change listener's own connection). */
    record Team(WorkspaceLocation.TeamServer server, PGSimpleDataSource dataSource) {
    }

    private TeamServerOpener() {
    }

    static WorkspaceOpener.Connected connect(WorkspaceLocation.TeamServer server, char[] password) {
        long started = System.nanoTime();
        PGSimpleDataSource direct = dataSource(server, password);
        try {
            String version = WorkspaceSchema.bringUpToDate(direct, server.reference(), false,
                    WorkspaceSchema.POSTGRESQL_LOCATIONS, Text.get("team.foreignDatabase", server.database(), server.host()));
            HikariDataSource pool = pool(direct);
            Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
            LOG.info("Team workspace {} open at schema version {} in {} ms", server.reference(), version,
                    (System.nanoTime() - started) / 1_000_000);
            return new WorkspaceOpener.Connected(pool::close, jdbi, false, new Team(server, direct));
        } catch (SQLException e) {
            throw refusal(server, e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            SQLException sql = SqlErrors.sqlCause(e);
            if (sql != null) {
                throw refusal(server, sql);
            }
            throw e;
        }
    }

    /** The driver's own connection settings: TLS verify-full, short timeouts, the password only in memory. */
    static PGSimpleDataSource dataSource(WorkspaceLocation.TeamServer server, char[] password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {server.host()});
        source.setPortNumbers(new int[] {server.port()});
        source.setDatabaseName(server.database());
        source.setUser(server.user());
        source.setPassword(new String(password));
        source.setSslmode("verify-full");
        if (server.caFile() != null) {
            source.setSslRootCert(server.caFile().toString());
        } else {
            // the CAs this Java trusts, not libpq's ~/.postgresql/root.crt; the host name is still verified
            source.setSslfactory("org.postgresql.ssl.DefaultJavaSSLFactory");
        }
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setLoginTimeout(CONNECT_TIMEOUT_SECONDS * 2);
        source.setTcpKeepAlive(true);
        source.setApplicationName("Mailroom");
        return source;
    }

    /** A pool that starts empty-handed when the server is away and lends a live connection once it is back. */
    private static HikariDataSource pool(PGSimpleDataSource direct) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(direct);
        config.setPoolName("mailroom-team");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
        config.setInitializationFailTimeout(-1);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    /** What the admin reads when the server refused; the driver's message goes to the log only. */
    static StoreException refusal(WorkspaceLocation.TeamServer server, SQLException e) {
        LOG.warn("Connecting to the team workspace {} failed", server.reference(), e);
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String host = server.host() + ":" + server.port();
        if (state.equals("28P01") || state.equals("28000")) {
            return new StoreException(Text.get("team.wrongPassword", server.user(), host), e);
        }
        if (state.equals("3D000")) {
            return new StoreException(Text.get("team.noDatabase", server.database(), host), e);
        }
        if (causedBy(e, java.net.ConnectException.class) || causedBy(e, java.net.UnknownHostException.class)
                || causedBy(e, java.net.SocketTimeoutException.class) || causedBy(e, java.net.NoRouteToHostException.class)) {
            return new StoreException(Text.get("team.unreachable", host), e);
        }
        if (state.equals(PSQLState.CONNECTION_REJECTED.getState())) {
            return new StoreException(Text.get("team.noTls", host), e);
        }
        if (causedBy(e, SSLException.class) || causedBy(e, java.security.cert.CertificateException.class) || isCertificateRefusal(e)) {
            return new StoreException(Text.get("team.certificateRefused", host), e);
        }
        if (state.startsWith("08")) {
            return new StoreException(Text.get("team.unreachable", host), e);
        }
        return new StoreException(Text.get("team.openFailed", host, SqlErrors.code(e)), e);
    }

    /** The driver's own refusal of a certificate not issued to the host name (its message, as it has no code for it). */
    private static boolean isCertificateRefusal(SQLException e) {
        return String.valueOf(e.getMessage()).contains("could not be verified");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
