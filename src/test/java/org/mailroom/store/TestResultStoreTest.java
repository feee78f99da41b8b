package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.mail.LastTest;
import org.mailroom.mail.StepStatus;
import org.mailroom.testing.Workspaces;

class TestResultStoreTest {

    @TempDir
    Path folder;

    @Test
    void theLastResultPerMailboxIsKeptAndGoesWithTheMailbox() {
        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder)) {
            MailServerStore servers = new MailServerStore(database);
            MailboxStore mailboxes = new MailboxStore(database, servers);
            Mailbox sales = mailboxes.add(InboundMailbox.draft("sales", 5, "s", Workspaces.imapPreset(servers)));
            TestResultStore results = new TestResultStore(database);
            Instant first = Instant.parse("2026-11-26T10:00:00Z");

            results.save(new LastTest(sales.id(), first, StepStatus.FAILED, "Authentication failed"));
            results.save(new LastTest(sales.id(), first.plusSeconds(60), StepStatus.OK, "OK"));

            assertThat(results.all()).containsOnlyKeys(sales.id());
            assertThat(results.all().get(sales.id())).isEqualTo(new LastTest(sales.id(), first.plusSeconds(60), StepStatus.OK, "OK"));

            mailboxes.delete(sales);
            assertThat(results.all()).isEmpty();
        }
    }
}
