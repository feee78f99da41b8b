package org.mailroom.ui.servers;

import static org.assertj.core.api.Assertions.assertThat;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.service.MailServers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.Workspaces;

@ExtendWith(WorkspaceExtension.class)
class MailServersViewModelTest {

    private WorkspaceDatabase database;
    private MailServerStore store;
    private MailServersViewModel viewModel;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open(TempWorkspace workspace) {
        database = workspace.database();
        store = workspace.servers();
        viewModel = new MailServersViewModel(new MailServers(database, store, new WorkspaceEvents()), new DirectBackground(),
                (scope, address, onChosen) -> { }, dialogs);
        viewModel.load();
    }

    @Test
    void thePortFollowsProtocolAndSecurityUntilTheAdminTypesOne() {
        viewModel.newEntry();
        assertThat(viewModel.portProperty().get()).isEqualTo("993");
        viewModel.securityProperty().set(ConnectionSecurity.STARTTLS);
        assertThat(viewModel.portProperty().get()).isEqualTo("143");
        viewModel.protocolProperty().set(Protocol.SMTP);
        assertThat(viewModel.portProperty().get()).isEqualTo("587");
        viewModel.protocolProperty().set(Protocol.POP3);
        viewModel.securityProperty().set(ConnectionSecurity.SSL_TLS);
        assertThat(viewModel.portProperty().get()).isEqualTo("995");

        viewModel.portProperty().set("2995");
        viewModel.securityProperty().set(ConnectionSecurity.NONE);
        assertThat(viewModel.portProperty().get()).isEqualTo("2995");
    }

    @Test
    void addingAValidEntryStoresIt() {
        viewModel.newEntry();
        viewModel.hostProperty().set("mail.contoso.com");
        viewModel.save();
        assertThat(store.findAll()).extracting(MailServer::label).contains("mail.contoso.com:993 · IMAP · SSL/TLS");
        assertThat(viewModel.messageProperty().get()).isEqualTo("Saved mail.contoso.com:993 · IMAP · SSL/TLS.");
    }

    @Test
    void invalidHostOrPortIsRefusedAndNothingIsStored() {
        viewModel.newEntry();
        viewModel.hostProperty().set("bad host");
        viewModel.portProperty().set("70000");
        assertThat(viewModel.validProperty().get()).isFalse();
        viewModel.save();
        assertThat(viewModel.messageProperty().get()).startsWith("Host: a valid host name");
        assertThat(store.findAll()).hasSize(3);
    }

    @Test
    void anEntryInUseIsNotDeletedAndTheAdminIsToldWhy() {
        MailServer imap = Workspaces.imapPreset(store);
        new MailboxStore(database, store).add(InboundMailbox.draft("sales", 5, "sales", imap));
        viewModel.selectedProperty().set(imap);

        viewModel.deleteSelected();

        assertThat(viewModel.messageProperty().get()).contains("used by sales");
        assertThat(store.findAll()).contains(imap);
    }

    @Test
    void anUnusedEntryIsDeleted() {
        MailServer pop3 = Workspaces.preset(store, Protocol.POP3);
        viewModel.selectedProperty().set(pop3);
        assertThat(viewModel.hostProperty().get()).isEqualTo("outlook.office365.com");
        viewModel.deleteSelected();
        assertThat(store.findAll()).doesNotContain(pop3);
        assertThat(viewModel.servers()).doesNotContain(pop3);
    }

    @Test
    void changingAnEntryInUseSaysWhichMailboxesChangeAndAsksFirst() {
        MailServer imap = Workspaces.imapPreset(store);
        MailboxStore mailboxes = new MailboxStore(database, store);
        mailboxes.add(InboundMailbox.draft("sales", 5, "sales", imap));
        mailboxes.add(InboundMailbox.draft("support", 5, "support", imap));
        viewModel.selectedProperty().set(imap);
        viewModel.portProperty().set("1993");

        dialogs.confirmAnswer = false;
        viewModel.save();
        assertThat(dialogs.questions).singleElement().asString()
                .contains("these 2 mailboxes that use it too: sales, support");
        assertThat(store.findAll()).filteredOn(s -> s.id() == imap.id()).singleElement()
                .satisfies(kept -> assertThat(kept.port()).isEqualTo(993));
        assertThat(viewModel.messageProperty().get()).startsWith("Nothing changed");

        dialogs.confirmAnswer = true;
        viewModel.save();
        assertThat(store.findAll()).filteredOn(s -> s.id() == imap.id()).singleElement()
                .satisfies(changed -> assertThat(changed.port()).isEqualTo(1993));
    }

    @Test
    void changingAnUnusedEntryAsksNothing() {
        MailServer pop3 = Workspaces.preset(store, Protocol.POP3);
        viewModel.selectedProperty().set(pop3);
        viewModel.portProperty().set("1995");
        viewModel.save();
        assertThat(dialogs.questions).isEmpty();
        assertThat(store.findAll()).anySatisfy(s -> assertThat(s.port()).isEqualTo(1995));
    }
}
