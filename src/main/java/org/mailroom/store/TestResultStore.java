package org.mailroom.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.mailroom.mail.LastTest;
import org.mailroom.mail.StepStatus;

/** The last connection test of each mailbox. */
public final class TestResultStore {

    private final WorkspaceDatabase database;

    public TestResultStore(WorkspaceDatabase database) {
        this.database = database;
    }

    /** By mailbox id; mailboxes never tested are absent. */
    public Map<Long, LastTest> all() {
        synchronized (database) {
            try (Statement statement = database.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT mailbox_id, tested_at, outcome, summary FROM mailbox_test_result")) {
                Map<Long, LastTest> found = new HashMap<>();
                while (rows.next()) {
                    found.put(rows.getLong(1), new LastTest(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                            StepStatus.valueOf(rows.getString(3)), rows.getString(4)));
                }
                return found;
            } catch (SQLException e) {
                throw SqlErrors.readFailed(e);
            }
        }
    }

    public void save(LastTest test) {
        synchronized (database) {
            String sql = "MERGE INTO mailbox_test_result (mailbox_id, tested_at, outcome, summary) KEY (mailbox_id) VALUES (?, ?, ?, ?)";
            try (PreparedStatement statement = database.connection().prepareStatement(sql)) {
                statement.setLong(1, test.mailboxId());
                statement.setObject(2, test.testedAt().atOffset(ZoneOffset.UTC));
                statement.setString(3, test.outcome().name());
                statement.setString(4, test.summary().length() > 1000 ? test.summary().substring(0, 1000) : test.summary());
                statement.executeUpdate();
            } catch (SQLException e) {
                throw SqlErrors.writeFailed(e);
            }
        }
    }
}
