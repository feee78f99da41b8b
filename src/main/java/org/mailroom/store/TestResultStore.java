package org.mailroom.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;
import org.mailroom.mail.LastTest;
import org.mailroom.mail.StepStatus;

/** The last connection test of each mailbox. */
public final class TestResultStore {

    private static final int MAX_SUMMARY = 1000;

    private final WorkspaceDatabase database;

    public TestResultStore(WorkspaceDatabase database) {
        this.database = database;
    }

    /** By mailbox id; mailboxes never tested are absent. */
    public Map<Long, LastTest> all() {
        return database.read(handle -> {
            Map<Long, LastTest> found = new HashMap<>();
            handle.createQuery("SELECT mailbox_id, tested_at, outcome, summary, certificate_subject, certificate_not_after "
                            + "FROM mailbox_test_result")
                    .map((rows, context) -> {
                        OffsetDateTime notAfter = rows.getObject(6, OffsetDateTime.class);
                        return new LastTest(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                                StepStatus.valueOf(rows.getString(3)), rows.getString(4), rows.getString(5),
                                notAfter == null ? null : notAfter.toInstant());
                    })
                    .forEach(test -> found.put(test.mailboxId(), test));
            return found;
        });
    }

    /** Keeps {@code test} as the mailbox's last one. */
    public void save(LastTest test) {
        database.write(handle -> {
            int replaced = bind(handle.createUpdate("UPDATE mailbox_test_result SET tested_at = :testedAt, outcome = :outcome, "
                    + "summary = :summary, certificate_subject = :subject, certificate_not_after = :notAfter WHERE mailbox_id = :mailboxId"),
                    test).execute();
            return replaced > 0 ? replaced : bind(handle.createUpdate("INSERT INTO mailbox_test_result (mailbox_id, tested_at, outcome, "
                    + "summary, certificate_subject, certificate_not_after) VALUES (:mailboxId, :testedAt, :outcome, :summary, :subject, "
                    + ":notAfter)"), test).execute();
        });
    }

    /** Keeps {@code test} as the mailbox's last one; null forgets the one it had (the mailbox was replaced). */
    public void replace(long mailboxId, LastTest test) {
        if (test != null) {
            save(test);
            return;
        }
        database.write(handle -> handle.createUpdate("DELETE FROM mailbox_test_result WHERE mailbox_id = :mailboxId")
                .bind("mailboxId", mailboxId).execute());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, LastTest test) {
        String summary = test.summary().length() > MAX_SUMMARY ? test.summary().substring(0, MAX_SUMMARY) : test.summary();
        return statement.bind("mailboxId", test.mailboxId())
                .bind("testedAt", test.testedAt().atOffset(ZoneOffset.UTC))
                .bind("outcome", test.outcome().name())
                .bind("summary", summary)
                .bind("subject", test.certificateSubject() == null || test.certificateSubject().length() <= MAX_SUMMARY
                        ? test.certificateSubject() : test.certificateSubject().substring(0, MAX_SUMMARY))
                .bind("notAfter", test.certificateNotAfter() == null ? null : test.certificateNotAfter().atOffset(ZoneOffset.UTC));
    }
}
