package org.mailroom.ui.mailboxes;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.Direction;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailboxState;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.Wiring;
import org.mailroom.service.DigitalApplications;
import org.mailroom.domain.SecretRef;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Vault;
import org.mailroom.testing.TestScreens;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.TestScreens;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.Workspaces;

/** The main screen's behaviour on a real workspace, without a toolkit. */
@ExtendWith(WorkspaceExtension.class)
class MailboxesViewModelTest {

    private WorkspaceDatabase database;
    private MailboxStore mailboxes;
    private MailServerStore servers;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ApplicationStore applications;
    private MailboxesViewModel viewModel;
    private Wiring wiring;

    @BeforeEach
    void open(TempWorkspace workspace) {
        database = workspace.database();
        servers = workspace.servers();
        mailboxes = workspace.mailboxes();
        applications = workspace.applications();
        viewModel = newViewModel();
        viewModel.load();
        wiring.check().refresh();
    }

    private MailboxesViewModel newViewModel() {
        wiring = TestScreens.wiring(database, dialogs);
        return wiring.mailboxes();
    }

    @Test
    void anEmptyWorkspaceSaysSoAndLoadsSamplesOnRequest() {
        assertThat(viewModel.workspaceEmpty().get()).isTrue();
        assertThat(viewModel.status().get()).isEqualTo("no mailboxes · 0 shown");

        viewModel.loadSamples();

        assertThat(viewModel.allMailboxes()).hasSize(8);
        assertThat(viewModel.hasOutbound().get()).isTrue();
        assertThat(viewModel.status().get()).isEqualTo("8 mailboxes · 8 shown");
        assertThat(mailboxes.count()).isEqualTo(8);
    }

    @Test
    void loadingSamplesTwiceAddsNothingTwice() {
        viewModel.loadSamples();
        viewModel.loadSamples();
        assertThat(mailboxes.count()).isEqualTo(8);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void filterAndSearchNarrowTheTable() {
        viewModel.loadSamples();

        viewModel.filterProperty().set(MailboxFilter.OUTBOUND);
        assertThat(viewModel.shownMailboxes()).extracting(MailboxItem::name).containsExactly("smtp-client");

        viewModel.filterProperty().set(MailboxFilter.INBOUND);
        viewModel.searchProperty().set("FABRIKAM");
        assertThat(viewModel.shownMailboxes()).extracting(MailboxItem::name).containsExactly("helpdesk@fabrikam.com");
        assertThat(viewModel.status().get()).isEqualTo("8 mailboxes · 1 shown");

        viewModel.filterProperty().set(MailboxFilter.ALL);
        viewModel.searchProperty().set("support@contoso");
        assertThat(viewModel.shownMailboxes()).extracting(MailboxItem::name)
                .containsExactlyInAnyOrder("smtp-client", "support@contoso.com");

        viewModel.searchProperty().set("smtp.office365");
        assertThat(viewModel.shownMailboxes()).extracting(MailboxItem::name).containsExactly("smtp-client");

        viewModel.searchProperty().set("");
        assertThat(viewModel.shownMailboxes()).hasSize(8);
    }

    @Test
    void addingAnInboundMailboxStoresItSelectsItAndRemembersThePasswordInMemoryOnly() {
        dialogs.fillNextForm(form -> {
            form.nameProperty().set("orders");
            form.maxSizeProperty().set("12");
            form.loginProperty().set("orders@contoso.com");
            form.passwordProperty().set("Secr3t!");
        });

        viewModel.add(Direction.INBOUND, null);

        assertThat(viewModel.selectedProperty().get().name()).isEqualTo("orders");
        assertThat(mailboxes.findAll()).singleElement().satisfies(m -> {
            assertThat(((InboundMailbox) m).maxSizeMb()).isEqualTo(12);
            assertThat(new Vault(database, OsKeyring.UNAVAILABLE).isSaved(SecretRef.mailboxPassword(m.id()))).isFalse();
        });
        assertThat(dialogs.lastEditorClosed).isTrue();
        assertThat(viewModel.details()).extracting(DetailRow::value)
                .contains("orders", "12 MB", "typed in this session, kept in memory only")
                .doesNotContain("Secr3t!");
    }

    @Test
    void aCancelledFormChangesNothing() {
        dialogs.cancelNextForm();
        viewModel.add(Direction.INBOUND, null);
        assertThat(mailboxes.count()).isZero();
    }

    @Test
    void theFormRefusesANameAlreadyTakenIgnoringCase() {
        viewModel.loadSamples();
        dialogs.fillNextForm(form -> {
            form.nameProperty().set("SALES@contoso.com");
            form.loginProperty().set("x");
            form.passwordProperty().set("p");
        });

        viewModel.add(Direction.INBOUND, null);

        assertThat(dialogs.lastEditor.violation(org.mailroom.domain.Field.MAILBOX_NAME)).get()
                .extracting(v -> v.message()).asString().contains("already used");
        assertThat(mailboxes.count()).isEqualTo(8);
    }

    @Test
    void aSecondOutboundIsRefusedWithTheReason() {
        viewModel.loadSamples();
        dialogs.fillNextForm(form -> form.fromAddressProperty().set("x@contoso.com"));

        viewModel.add(Direction.OUTBOUND, null);

        assertThat(dialogs.lastEditor).isNull();
        assertThat(dialogs.errors).containsExactly("Direction: only one outbound mailbox is permitted; edit smtp-client instead");
    }

    @Test
    void editingKeepsTheNameAndAsksForNoPasswordAlreadyTyped() {
        dialogs.fillNextForm(form -> {
            form.nameProperty().set("billing");
            form.loginProperty().set("billing");
            form.passwordProperty().set("pw");
        });
        viewModel.add(Direction.INBOUND, null);

        dialogs.fillNextForm(form -> form.maxSizeProperty().set("20"));
        viewModel.editSelected();

        assertThat(dialogs.lastEditor.isNameEditable()).isFalse();
        assertThat(dialogs.lastEditor.passwordProperty().get()).isEmpty();
        assertThat(((InboundMailbox) mailboxes.findAll().get(0)).maxSizeMb()).isEqualTo(20);
    }

    @Test
    void deletingAsksFirstAndAnEnabledMailboxIsRefused() {
        viewModel.loadSamples();
        viewModel.selectedProperty().set(viewModel.allMailboxes().get(0));
        String name = viewModel.selectedProperty().get().name();

        dialogs.confirmAnswer = false;
        viewModel.deleteSelected();
        assertThat(dialogs.questions).containsExactly("Delete mailbox '" + name + "'? This cannot be undone.");
        assertThat(mailboxes.count()).isEqualTo(8);

        dialogs.confirmAnswer = true;
        viewModel.deleteSelected();
        assertThat(mailboxes.count()).isEqualTo(7);
        assertThat(viewModel.selectedProperty().get()).isNull();

        DigitalApplication sales = applications.add(new DigitalApplication(0, "Sales email", true));
        viewModel.selectedProperty().set(viewModel.allMailboxes().get(0));
        viewModel.assignSelected(sales);
        assertThat(viewModel.selectedProperty().get().isEnabled()).isTrue();
        viewModel.deleteSelected();
        assertThat(dialogs.errors).singleElement().asString()
                .endsWith("Disable application stream 'Sales email' or unassign the mailbox first.");
        assertThat(mailboxes.count()).isEqualTo(7);
    }

    @Test
    void aRefusedSaveKeepsTheFormOpenWithTheEditsAndTheReason() {
        dialogs.fillNextForm(form -> {
            form.nameProperty().set("dup");
            form.loginProperty().set("a");
            form.passwordProperty().set("p");
        });
        viewModel.add(Direction.INBOUND, null);
        // Another window added "DUP" behind this one's back: the store still refuses.
        MailboxesViewModel stale = newViewModel();
        viewModel = null;
        mailboxes.delete(mailboxes.findAll().get(0));
        stale.load();
        mailboxes.add(InboundMailbox.draft("DUP", 5, "b", Workspaces.imapPreset(servers)));
        dialogs.fillNextForm(form -> {
            form.nameProperty().set("dup");
            form.loginProperty().set("a");
            form.passwordProperty().set("p");
        });

        stale.add(Direction.INBOUND, null);

        assertThat(dialogs.lastEditorClosed).isFalse();
        assertThat(dialogs.lastEditor.refusalProperty().get()).contains("'dup' is already used");
        assertThat(dialogs.lastEditor.nameProperty().get()).isEqualTo("dup");
        assertThat(dialogs.lastEditor.loginProperty().get()).isEqualTo("a");
        assertThat(dialogs.errors).isEmpty();
        assertThat(stale.allMailboxes()).isEmpty();

        dialogs.lastEditor.nameProperty().set("dup2"); // the admin fixes it: the reason goes, OK saves and closes
        assertThat(dialogs.lastEditor.refusalProperty().get()).isEmpty();
        dialogs.lastEditor.save(() -> dialogs.lastEditorClosed = true);
        assertThat(dialogs.lastEditorClosed).isTrue();
        assertThat(stale.allMailboxes()).extracting(MailboxItem::name).containsExactly("dup2");
    }

    @Test
    void newMailboxesAreDisabled() {
        viewModel.loadSamples();
        assertThat(viewModel.allMailboxes()).allMatch(item -> item.state() == MailboxState.DISABLED);
        assertThat(viewModel.allMailboxes()).filteredOn(item -> item.direction() == Direction.OUTBOUND).hasSize(1);
    }

    @Test
    void assigningToAnEnabledStreamEnablesAndTheFilterSeesIt() {
        viewModel.loadSamples();
        DigitalApplication app = applications.add(DigitalApplication.draft("Sales email"));
        viewModel.load();
        viewModel.selectedProperty().set(viewModel.allMailboxes().get(2));
        viewModel.assignSelected(app);
        assertThat(viewModel.selectedProperty().get().isEnabled()).isFalse();
        assertThat(viewModel.details()).extracting(DetailRow::value).contains("Sales email (stream disabled)",
                "Disabled \u2014 enable the stream of the application Sales email (Applications\u2026) to enable it");

        new DigitalApplications(database, applications, wiring.events()).update(app.withStream(true)); // as the manager does

        viewModel.filterProperty().set(MailboxFilter.ENABLED);
        assertThat(viewModel.shownMailboxes()).singleElement().satisfies(item -> {
            assertThat(item.applicationName()).isEqualTo("Sales email");
            assertThat(item.isEnabled()).isTrue();
        });
        viewModel.filterProperty().set(MailboxFilter.DISABLED);
        assertThat(viewModel.shownMailboxes()).hasSize(7);

        viewModel.selectedProperty().set(viewModel.allMailboxes().get(2));
        viewModel.assignSelected(null);
        viewModel.filterProperty().set(MailboxFilter.ENABLED);
        assertThat(viewModel.shownMailboxes()).isEmpty();
    }

    @Test
    void addInTheFromAddressDropDownManagesValuesAndTheyShowAtOnce() {
        dialogs.textAnswers.add("Email");
        dialogs.textAnswers.add("FromAddresses");
        dialogs.inFromAddresses(manager -> {
            manager.addFolder();
            manager.addAttribute();
            manager.newValue().address().set("sales@contoso.com");
            manager.newValue().displayName().set("Contoso Sales");
            manager.addValue();
        });
        dialogs.fillNextForm(form -> {
            form.manageFromAddresses(form.fromAddressProperty().get());
            assertThat(form.fromChoices().values()).extracting(FromAddress::address).containsExactly("sales@contoso.com");
            assertThat(form.fromChoices().displayNameOf("SALES@contoso.com")).contains("Contoso Sales");
            form.fromAddressProperty().set("sales@contoso.com");
            form.loginProperty().set("relay");
            form.passwordProperty().set("pw");
        });

        viewModel.add(Direction.OUTBOUND, null);

        assertThat(mailboxes.findAll()).singleElement()
                .satisfies(m -> assertThat(((OutboundMailbox) m).fromAddress()).isEqualTo("sales@contoso.com"));
        dialogs.fillNextForm(form -> assertThat(form.fromChoices().values()).hasSize(1)).cancelNextForm();
        viewModel.selectedProperty().set(viewModel.allMailboxes().get(0));
        viewModel.editSelected();
        assertThat(dialogs.lastEditor.fromChoices().values()).extracting(FromAddress::address).containsExactly("sales@contoso.com");
    }

    @Test
    void theCheckBadgeFollowsTheWorkspaceAndAFindingLeadsToItsMailbox() {
        assertThat(wiring.check().badgeProperty().get()).isEqualTo("Check: 1 error"); // no outbound mailbox
        viewModel.loadSamples();
        assertThat(wiring.check().badgeProperty().get()).matches("Check: \\d+ warnings?"); // short: the badge must fit an 800-pixel toolbar

        wiring.showCheck();
        var finding = dialogs.lastCheck.findings().stream()
                .filter(f -> f.item().kind() == org.mailroom.check.ItemKind.MAILBOX).findFirst().orElseThrow();
        viewModel.filterProperty().set(MailboxFilter.OUTBOUND);
        dialogs.lastCheck.goTo(finding);
        assertThat(viewModel.selectedProperty().get().id()).isEqualTo(finding.item().id());
        assertThat(viewModel.filterProperty().get()).isEqualTo(MailboxFilter.ALL);
    }
}
