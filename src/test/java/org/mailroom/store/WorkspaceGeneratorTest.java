package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.WorkspaceRules;

class WorkspaceGeneratorTest {

    @TempDir
    Path folder;

    @Test
    void generatesTheAskedNumberOfValidUniqueMailboxesWithOneOutbound() {
        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder)) {
            MailServerStore servers = new MailServerStore(database);
            MailboxStore mailboxes = new MailboxStore(database, servers);

            assertThat(new WorkspaceGenerator(servers, mailboxes).generate(2_500, 7)).isEqualTo(2_500);

            List<Mailbox> all = mailboxes.findAll();
            assertThat(all).hasSize(2_500);
            assertThat(all).filteredOn(m -> m.direction() == Direction.OUTBOUND).hasSize(1);
            assertThat(all.stream().map(m -> WorkspaceRules.nameKey(m.name())).distinct().count()).isEqualTo(2_500);
            assertThat(all.stream().map(m -> m.server().host()).distinct().count()).isGreaterThan(10);
        }
    }

    @Test
    void addsToAnExistingWorkspaceWithoutClashing() {
        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder)) {
            MailServerStore servers = new MailServerStore(database);
            MailboxStore mailboxes = new MailboxStore(database, servers);
            new SampleWorkspace(servers, mailboxes).load();

            assertThat(new WorkspaceGenerator(servers, mailboxes).generate(300, 1)).isEqualTo(300);
            assertThat(mailboxes.count()).isEqualTo(308);
        }
    }
}
