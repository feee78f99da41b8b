package org.mailroom.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailroom.domain.Mailbox;
import org.mailroom.history.ItemVersion;
import org.mailroom.history.WorkspaceItems;
import org.mailroom.service.ChangeHistory;
import org.mailroom.store.HistoryStore;

/**
 * A history of {@code rows} changes of a workspace's mailboxes (each one a max-size edit with both versions, as the
 * services record it), by five admins over 100 days: written in batches, as a long-lived workspace would hold it.
 */
final class BenchHistory {

    static final Instant FIRST = Instant.parse("2026-08-01T08:00:00Z");
    static final String[] ADMINS = {"asilva", "bkumar", "cdubois", "dnakamura", "eokafor"};

    private BenchHistory() {
    }

    static void fill(BenchWorkspace workspace, int rows) {
        List<Mailbox> mailboxes = workspace.mailboxes.findAll();
        HistoryStore store = new HistoryStore(workspace.database);
        Duration step = Duration.ofDays(100).dividedBy(rows);
        List<HistoryStore.Row> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Mailbox mailbox = mailboxes.get(i % mailboxes.size());
            ItemVersion version = WorkspaceItems.mailbox(mailbox, Optional.empty(), Optional.empty(), false);
            String before = version.fieldsJson();
            String after = before.replace("\"maxSize\":\"", "\"maxSize\":\"1");
            batch.add(new HistoryStore.Row(0, FIRST.plus(step.multipliedBy(i)), ADMINS[i % ADMINS.length], null, "MAILBOX",
                    mailbox.id(), mailbox.name(), "CHANGED", before, after, false));
            if (batch.size() == 5_000) {
                store.add(batch);
                batch.clear();
            }
        }
        store.add(batch);
    }

    static ChangeHistory history(BenchWorkspace workspace) {
        return ChangeHistory.ofThisUser(workspace.database, Clock.systemUTC());
    }
}
