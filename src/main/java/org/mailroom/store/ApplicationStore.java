package org.mailroom.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import org.h2.api.ErrorCode;
import org.mailroom.domain.Applications;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.Field;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.text.Text;

/** The Digital applications of the workspace and the mailboxes assigned to them. */
public final class ApplicationStore {

    private final WorkspaceDatabase database;

    public ApplicationStore(WorkspaceDatabase database) {
        this.database = database;
    }

    /** Every application and every assignment: what each mailbox's state follows from. */
    public Applications findAll() {
        synchronized (database) {
            try (Statement statement = database.connection().createStatement()) {
                Map<Long, DigitalApplication> byId = new HashMap<>();
                try (ResultSet rows = statement.executeQuery("SELECT id, name, stream_enabled FROM digital_application")) {
                    while (rows.next()) {
                        byId.put(rows.getLong(1), new DigitalApplication(rows.getLong(1), rows.getString(2), rows.getBoolean(3)));
                    }
                }
                Map<Long, Long> assignments = new HashMap<>();
                try (ResultSet rows = statement.executeQuery(
                        "SELECT id, application_id FROM mailbox WHERE application_id IS NOT NULL")) {
                    while (rows.next()) {
                        assignments.put(rows.getLong(1), rows.getLong(2));
                    }
                }
                return new Applications(byId, assignments);
            } catch (SQLException e) {
                throw SqlErrors.readFailed(e);
            }
        }
    }

    public DigitalApplication add(DigitalApplication draft) {
        synchronized (database) {
            String sql = "INSERT INTO digital_application (name, stream_enabled) VALUES (?, ?)";
            try (PreparedStatement insert = database.connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, draft.name());
                insert.setBoolean(2, draft.streamEnabled());
                insert.executeUpdate();
                return draft.withId(SqlErrors.generatedId(insert));
            } catch (SQLException e) {
                throw translate(draft, e);
            }
        }
    }

    /** Saves a new name or stream state; the state of every assigned mailbox follows. */
    public DigitalApplication update(DigitalApplication application) {
        synchronized (database) {
            String sql = "UPDATE digital_application SET name = ?, stream_enabled = ? WHERE id = ?";
            try (PreparedStatement update = database.connection().prepareStatement(sql)) {
                update.setString(1, application.name());
                update.setBoolean(2, application.streamEnabled());
                update.setLong(3, application.id());
                if (update.executeUpdate() == 0) {
                    throw new StoreException(Text.get("store.applicationGone", application.name()));
                }
                return application;
            } catch (SQLException e) {
                throw translate(application, e);
            }
        }
    }

    /** Deletes the application; its mailboxes become unassigned, and so disabled. */
    public void delete(DigitalApplication application) {
        synchronized (database) {
            try (PreparedStatement delete = database.connection().prepareStatement("DELETE FROM digital_application WHERE id = ?")) {
                delete.setLong(1, application.id());
                delete.executeUpdate();
            } catch (SQLException e) {
                throw SqlErrors.writeFailed(e);
            }
        }
    }

    /** Assigns the mailbox to the application, or unassigns it when {@code application} is null. */
    public void assign(Mailbox mailbox, DigitalApplication application) {
        synchronized (database) {
            try (PreparedStatement update = database.connection().prepareStatement(
                    "UPDATE mailbox SET application_id = ? WHERE id = ?")) {
                if (application == null) {
                    update.setNull(1, Types.BIGINT);
                } else {
                    update.setLong(1, application.id());
                }
                update.setLong(2, mailbox.id());
                if (update.executeUpdate() == 0) {
                    throw new StoreException(Text.get("store.mailboxChanged", mailbox.name()));
                }
            } catch (SQLException e) {
                if (e.getErrorCode() == ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1) {
                    throw new StoreException(Text.get("store.applicationGone", application.name()), e);
                }
                throw SqlErrors.writeFailed(e);
            }
        }
    }

    private static RuntimeException translate(DigitalApplication application, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
            return new RuleViolationException(Violation.of(Field.APPLICATION_NAME,
                    "rule.duplicateApplication", application.name()));
        }
        return SqlErrors.writeFailed(e);
    }
}
