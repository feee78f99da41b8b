package org.mailroom.ui.applications;

import static org.assertj.core.api.Assertions.assertThat;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.service.DigitalApplications;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxState;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.Workspaces;

@ExtendWith(WorkspaceExtension.class)
class ApplicationsViewModelTest {

    private WorkspaceDatabase database;
    private ApplicationStore store;
    private MailboxStore mailboxes;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ApplicationsViewModel viewModel;

    @BeforeEach
    void open(TempWorkspace workspace) {
        database = workspace.database();
        store = workspace.applications();
        mailboxes = workspace.mailboxes();
        viewModel = new ApplicationsViewModel(new DigitalApplications(workspace.database(), store, new WorkspaceEvents()), new DirectBackground(), dialogs);
        viewModel.load();
    }

    @Test
    void addRenameToggleAndDelete() {
        viewModel.nameProperty().set("Sales email");
        viewModel.add();
        assertThat(viewModel.rows()).extracting(r -> r.application().name()).containsExactly("Sales email");
        assertThat(viewModel.selectedProperty().get().application().streamEnabled()).isFalse();

        viewModel.nameProperty().set("Sales EMEA");
        viewModel.renameSelected();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Renamed to Sales EMEA.");

        viewModel.toggleStreamOfSelected();
        assertThat(store.findAll().byId().values()).singleElement().satisfies(app -> assertThat(app.streamEnabled()).isTrue());

        viewModel.deleteSelected();
        assertThat(dialogs.questions).containsExactly("Delete application 'Sales EMEA'? No mailbox is assigned to it.");
        assertThat(viewModel.rows()).isEmpty();
    }

    @Test
    void theStreamButtonDisablesEveryAssignedMailbox() {
        Mailbox sales = mailboxes.add(InboundMailbox.draft("sales", 5, "s", Workspaces.imapPreset(new MailServerStore(database))));
        viewModel.nameProperty().set("Sales email");
        viewModel.add();
        store.assign(sales, viewModel.selectedProperty().get().application());
        viewModel.toggleStreamOfSelected();
        assertThat(store.findAll().stateOf(sales)).isEqualTo(MailboxState.ENABLED);
        assertThat(viewModel.selectedProperty().get().mailboxes()).isEqualTo(1);

        viewModel.toggleStreamOfSelected();
        assertThat(store.findAll().stateOf(sales)).isEqualTo(MailboxState.DISABLED);
        assertThat(viewModel.messageProperty().get()).isEqualTo("The stream of Sales email is disabled; its mailboxes are disabled.");
    }

    @Test
    void badNamesAreRefusedAndNothingChanges() {
        viewModel.nameProperty().set("");
        assertThat(viewModel.nameValidProperty().get()).isFalse();
        viewModel.nameProperty().set("Sales");
        viewModel.add();
        viewModel.nameProperty().set("SALES");
        viewModel.add();
        assertThat(viewModel.messageProperty().get()).contains("is already the name of another application");
        assertThat(viewModel.rows()).hasSize(1);

        dialogs.confirmAnswer = false;
        viewModel.deleteSelected();
        assertThat(viewModel.rows()).hasSize(1);
    }
}
