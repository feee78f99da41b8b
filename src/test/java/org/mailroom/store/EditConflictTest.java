package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mailroom.domain.EditConflictException;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.ItemVersion;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.Workspaces;

/** Two admins edit the same mailbox: the second save is refused with who and when, and nothing is lost. */
@BothBackends
class EditConflictTest {

    private final TempWorkspace workspace;
    private final MailboxStore first;
    private final MailboxStore second;
    private final MailServer imap;
    private final WorkspaceDatabase other;

    EditConflictTest(TempWorkspace workspace) {
        this.workspace = workspace;
        this.first = workspace.mailboxes();
        this.other = workspace.location() instanceof WorkspaceLocation.TeamServer
                ? workspace.openAnother() : workspace.database();
        this.second = new MailboxStore(other, new MailServerStore(other));
        this.imap = Workspaces.imapPreset(workspace.servers());
    }

    @org.junit.jupiter.api.AfterEach
    void closeTheSecondClient() {
        if (other != workspace.database()) {
            other.close();
        }
    }

    @Test
    void theSecondSaveOverAnotherAdminsNewerChangeIsRefusedAndNothingIsLost() {
        Mailbox sales = first.add(InboundMailbox.draft("sales", 5, "sales@contoso.com", imap));
        second.findAll();
        ItemVersion secondStartedFrom = second.versionSeen(sales.id());

        first.update(new InboundMailbox(sales.id(), "sales", 10, "first@contoso.com", imap));
        InboundMailbox secondEdit = new InboundMailbox(sales.id(), "sales", 20, "second@contoso.com", imap);

        assertThatThrownBy(() -> second.update(secondEdit, secondStartedFrom))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertThat(conflict.getMessage()).startsWith(System.getProperty("user.name") + " changed 'sales' on ")
                            .contains("your changes were not saved");
                    assertThat(conflict.current(Mailbox.class)).hasValueSatisfying(current -> assertThat(current.login()).isEqualTo("first@contoso.com"));
                    assertThat(conflict.currentVersion().version()).isEqualTo(secondStartedFrom.version() + 1);
                });
        assertThat(first.findAll()).singleElement().satisfies(stored -> {
            assertThat(stored.login()).isEqualTo("first@contoso.com");
            assertThat(((InboundMailbox) stored).maxSizeMb()).isEqualTo(10);
        });

        // after Reload the second admin saves over the version it now has seen
        second.update(secondEdit, second.versionSeen(sales.id()));
        assertThat(first.findAll()).singleElement().extracting(Mailbox::login).isEqualTo("second@contoso.com");
    }

    @Test
    void aSaveOfAMailboxAnotherAdminDeletedIsRefusedInWords() {
        Mailbox sales = first.add(InboundMailbox.draft("sales", 5, "sales@contoso.com", imap));
        second.findAll();
        ItemVersion startedFrom = second.versionSeen(sales.id());
        first.delete(sales);

        assertThatThrownBy(() -> second.update(new InboundMailbox(sales.id(), "sales", 6, "x@contoso.com", imap), startedFrom))
                .isInstanceOf(EditConflictException.class)
                .hasMessage("'sales' was deleted by another admin after you started editing it, so your changes were not saved.");
        assertThat(first.findAll()).isEmpty();
    }

    @Test
    void eachSaveRecordsWhoAndWhenAndMovesTheVersionOn() {
        Mailbox sales = first.add(InboundMailbox.draft("sales", 5, "sales@contoso.com", imap));
        ItemVersion added = first.versionSeen(sales.id());
        first.update(new InboundMailbox(sales.id(), "sales", 6, "sales@contoso.com", imap));
        second.findAll();

        ItemVersion read = second.versionSeen(sales.id());
        assertThat(read.version()).isEqualTo(added.version() + 1);
        assertThat(read.changedBy()).isEqualTo(System.getProperty("user.name"));
        assertThat(read.changedAt()).isAfterOrEqualTo(added.changedAt().minusSeconds(1));
    }
}
