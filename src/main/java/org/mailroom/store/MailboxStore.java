package org.mailroom.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.api.ErrorCode;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Field;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.text.Text;

/**
 * The mailboxes of the workspace. The database enforces the workspace rules too (unique names
 * ignoring case, one outbound mailbox), so they hold whatever path a change takes.
 */
public final class MailboxStore {

    private final WorkspaceDatabase database;
    private final MailServerStore servers;

    public MailboxStore(WorkspaceDatabase database, MailServerStore servers) {
        this.database = database;
        this.servers = servers;
    }

    /** Every mailbox in name order; mailboxes on the same server share one {@link MailServer}. */
    public List<Mailbox> findAll() {
        synchronized (database) {
            Map<Long, MailServer> serversById = new HashMap<>();
            for (MailServer server : servers.findAll()) {
                serversById.put(server.id(), server);
            }
            String sql = "SELECT id, direction, name, max_size_mb, login, from_address, server_id FROM mailbox ORDER BY name_key";
            try (Statement statement = database.connection().createStatement();
                 ResultSet rows = statement.executeQuery(sql)) {
                List<Mailbox> mailboxes = new ArrayList<>();
                while (rows.next()) {
                    mailboxes.add(read(rows, serversById.get(rows.getLong("server_id"))));
                }
                return mailboxes;
            } catch (SQLException e) {
                throw SqlErrors.readFailed(e);
            }
        }
    }

    public Mailbox add(Mailbox draft) {
        synchronized (database) {
            String sql = "INSERT INTO mailbox (direction, name, max_size_mb, login, from_address, server_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?)";
            try (PreparedStatement insert = database.connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, draft.direction().name());
                insert.setString(2, draft.name());
                bindEditable(insert, 3, draft);
                insert.executeUpdate();
                return draft.withId(SqlErrors.generatedId(insert));
            } catch (SQLException e) {
                throw translate(draft, e);
            }
        }
    }

    /** Adds all mailboxes in one transaction: either every one is stored or none is. */
    public List<Mailbox> addAll(List<? extends Mailbox> drafts) {
        return database.inTransaction(connection -> {
            List<Mailbox> stored = new ArrayList<>(drafts.size());
            for (Mailbox draft : drafts) {
                stored.add(add(draft));
            }
            return stored;
        });
    }

    /** Saves the editable fields; the name and direction are fixed once a mailbox exists. */
    public Mailbox update(Mailbox mailbox) {
        synchronized (database) {
            String sql = "UPDATE mailbox SET max_size_mb = ?, login = ?, from_address = ?, server_id = ? "
                    + "WHERE id = ? AND name = ? AND direction = ?";
            try (PreparedStatement update = database.connection().prepareStatement(sql)) {
                bindEditable(update, 1, mailbox);
                update.setLong(5, mailbox.id());
                update.setString(6, mailbox.name());
                update.setString(7, mailbox.direction().name());
                if (update.executeUpdate() == 0) {
                    throw new StoreException(Text.get("store.mailboxChanged", mailbox.name()));
                }
                return mailbox;
            } catch (SQLException e) {
                throw translate(mailbox, e);
            }
        }
    }

    /** Deletes a disabled mailbox; an enabled one is refused with the application that enables it. */
    public void delete(Mailbox mailbox) {
        synchronized (database) {
            refuseIfEnabled(mailbox);
            try (PreparedStatement delete = database.connection().prepareStatement("DELETE FROM mailbox WHERE id = ?")) {
                delete.setLong(1, mailbox.id());
                delete.executeUpdate();
            } catch (SQLException e) {
                throw SqlErrors.writeFailed(e);
            }
        }
    }

    private void refuseIfEnabled(Mailbox mailbox) {
        String sql = "SELECT a.name FROM mailbox m JOIN digital_application a ON a.id = m.application_id "
                + "WHERE m.id = ? AND a.stream_enabled";
        try (PreparedStatement query = database.connection().prepareStatement(sql)) {
            query.setLong(1, mailbox.id());
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    throw new RuleViolationException(WorkspaceRules.deleteEnabled(mailbox, rows.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.readFailed(e);
        }
    }

    public int count() {
        synchronized (database) {
            try (Statement statement = database.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM mailbox")) {
                rows.next();
                return rows.getInt(1);
            } catch (SQLException e) {
                throw SqlErrors.readFailed(e);
            }
        }
    }

    /** Binds max size, login, From address and server, starting at parameter {@code first}. */
    private static void bindEditable(PreparedStatement statement, int first, Mailbox mailbox) throws SQLException {
        if (mailbox instanceof InboundMailbox inbound) {
            statement.setInt(first, inbound.maxSizeMb());
            statement.setNull(first + 2, Types.VARCHAR);
        } else if (mailbox instanceof OutboundMailbox outbound) {
            statement.setNull(first, Types.INTEGER);
            statement.setString(first + 2, outbound.fromAddress());
        }
        statement.setString(first + 1, mailbox.login());
        statement.setLong(first + 3, mailbox.server().id());
    }

    private static Mailbox read(ResultSet rows, MailServer server) throws SQLException {
        long id = rows.getLong("id");
        String login = rows.getString("login");
        return switch (rows.getString("direction")) {
            case "OUTBOUND" -> new OutboundMailbox(id, rows.getString("from_address"), login, server);
            default -> new InboundMailbox(id, rows.getString("name"), rows.getInt("max_size_mb"), login, server);
        };
    }

    private static RuntimeException translate(Mailbox mailbox, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
            // Outbound names ("smtp-client") cannot collide with inbound ones, which have no '-'.
            Violation violation = mailbox.direction() == Direction.OUTBOUND
                    ? WorkspaceRules.secondOutbound()
                    : WorkspaceRules.duplicateName(mailbox.name());
            return new RuleViolationException(violation);
        }
        if (e.getErrorCode() == ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1) {
            return new RuleViolationException(Violation.of(Field.SERVER, "rule.serverGone"));
        }
        return SqlErrors.writeFailed(e);
    }
}
