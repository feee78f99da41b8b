package org.mailroom.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.api.ErrorCode;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Field;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.text.Text;

/** The mail server entries of the workspace. */
public final class MailServerStore {

    private static final String COLUMNS = "id, host, port, protocol, security";

    private final WorkspaceDatabase database;

    public MailServerStore(WorkspaceDatabase database) {
        this.database = database;
    }

    public List<MailServer> findAll() {
        synchronized (database) {
            try (Statement statement = database.connection().createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT " + COLUMNS + " FROM mail_server ORDER BY protocol, host_key, port")) {
                List<MailServer> servers = new ArrayList<>();
                while (rows.next()) {
                    servers.add(read(rows));
                }
                return servers;
            } catch (SQLException e) {
                throw SqlErrors.readFailed(e);
            }
        }
    }

    public MailServer add(MailServer draft) {
        synchronized (database) {
            String sql = "INSERT INTO mail_server (host, port, protocol, security) VALUES (?, ?, ?, ?)";
            try (PreparedStatement insert = database.connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(insert, draft);
                insert.executeUpdate();
                return draft.withId(SqlErrors.generatedId(insert));
            } catch (SQLException e) {
                throw translate(draft, e);
            }
        }
    }

    /** Saves a changed entry; an entry in use cannot switch between reading (POP3/IMAP) and sending (SMTP). */
    public MailServer update(MailServer server) {
        synchronized (database) {
            refuseDirectionChangeInUse(server);
            String sql = "UPDATE mail_server SET host = ?, port = ?, protocol = ?, security = ? WHERE id = ?";
            try (PreparedStatement update = database.connection().prepareStatement(sql)) {
                bind(update, server);
                update.setLong(5, server.id());
                if (update.executeUpdate() == 0) {
                    throw new StoreException(Text.get("store.serverGone", server.address()));
                }
                return server;
            } catch (SQLException e) {
                throw translate(server, e);
            }
        }
    }

    private void refuseDirectionChangeInUse(MailServer server) {
        MailServer stored = findAll().stream().filter(s -> s.id() == server.id()).findFirst().orElse(null);
        if (stored != null && stored.direction() != server.direction()) {
            List<String> users = mailboxesUsing(stored);
            if (!users.isEmpty()) {
                throw new RuleViolationException(Violation.of(Field.PROTOCOL,
                        "rule.serverDirectionInUse", String.join(", ", users)));
            }
        }
    }

    /** Deletes an entry no mailbox uses; an entry in use is refused with the names of its mailboxes. */
    public void delete(MailServer server) {
        synchronized (database) {
            List<String> users = mailboxesUsing(server);
            if (!users.isEmpty()) {
                throw new RuleViolationException(Violation.about(server.address(), Field.SERVER,
                        "rule.serverInUse", String.join(", ", users)));
            }
            try (PreparedStatement delete = database.connection().prepareStatement("DELETE FROM mail_server WHERE id = ?")) {
                delete.setLong(1, server.id());
                delete.executeUpdate();
            } catch (SQLException e) {
                throw SqlErrors.writeFailed(e);
            }
        }
    }

    /** Names of the mailboxes that use the entry, in name order. */
    public List<String> mailboxesUsing(MailServer server) {
        synchronized (database) {
            Connection connection = database.connection();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT name FROM mailbox WHERE server_id = ? ORDER BY name_key")) {
                query.setLong(1, server.id());
                try (ResultSet rows = query.executeQuery()) {
                    List<String> names = new ArrayList<>();
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                    return names;
                }
            } catch (SQLException e) {
                throw SqlErrors.readFailed(e);
            }
        }
    }

    static MailServer read(ResultSet rows) throws SQLException {
        return new MailServer(rows.getLong("id"), rows.getString("host"), rows.getInt("port"),
                Protocol.valueOf(rows.getString("protocol")), ConnectionSecurity.valueOf(rows.getString("security")));
    }

    private static void bind(PreparedStatement statement, MailServer server) throws SQLException {
        statement.setString(1, server.host());
        statement.setInt(2, server.port());
        statement.setString(3, server.protocol().name());
        statement.setString(4, server.security().name());
    }

    private static RuntimeException translate(MailServer server, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
            return new RuleViolationException(Violation.of(Field.SERVER,
                    "rule.duplicateServer", server.label()));
        }
        return SqlErrors.writeFailed(e);
    }
}
