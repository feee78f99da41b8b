package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.BothBackends;

@BothBackends
class WorkspaceGeneratorTest {

    @Test
    void generatesTheAskedNumberOfValidUniqueMailboxesWithOneOutbound(TempWorkspace workspace) {
        MailServerStore servers = workspace.servers();
        MailboxStore mailboxes = workspace.mailboxes();

        assertThat(new WorkspaceGenerator(servers, mailboxes).generate(2_500, 7)).isEqualTo(2_500);

        List<Mailbox> all = mailboxes.findAll();
        assertThat(all).hasSize(2_500);
        assertThat(all).filteredOn(m -> m.direction() == Direction.OUTBOUND).hasSize(1);
        assertThat(all.stream().map(m -> WorkspaceRules.nameKey(m.name())).distinct().count()).isEqualTo(2_500);
        assertThat(all.stream().map(m -> m.endpoint().host()).distinct().count()).isGreaterThan(10);
    }

    @Test
    void addsToAnExistingWorkspaceWithoutClashing(TempWorkspace workspace) {
        MailServerStore servers = workspace.servers();
        MailboxStore mailboxes = workspace.mailboxes();
        new SampleWorkspace(servers, mailboxes).load();

        assertThat(new WorkspaceGenerator(servers, mailboxes).generate(300, 1)).isEqualTo(300);
        assertThat(mailboxes.count()).isEqualTo(308);
    }
}
