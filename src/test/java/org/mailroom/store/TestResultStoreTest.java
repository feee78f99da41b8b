package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.mail.LastTest;
import org.mailroom.mail.StepStatus;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.Workspaces;

@BothBackends
class TestResultStoreTest {

    @Test
    void theLastResultPerMailboxIsKeptAndGoesWithTheMailbox(TempWorkspace workspace) {
        MailboxStore mailboxes = workspace.mailboxes();
        Mailbox sales = mailboxes.add(InboundMailbox.draft("sales", 5, "s", Workspaces.imapPreset(workspace.servers())));
        TestResultStore results = workspace.testResults();
        Instant first = Instant.parse("2026-11-26T10:00:00Z");

        results.save(new LastTest(sales.id(), first, StepStatus.FAILED, "Authentication failed"));
        results.save(new LastTest(sales.id(), first.plusSeconds(60), StepStatus.OK, "OK"));

        assertThat(results.all()).containsOnlyKeys(sales.id());
        assertThat(results.all().get(sales.id())).isEqualTo(new LastTest(sales.id(), first.plusSeconds(60), StepStatus.OK, "OK"));

        mailboxes.delete(sales);
        assertThat(results.all()).isEmpty();
    }
}
