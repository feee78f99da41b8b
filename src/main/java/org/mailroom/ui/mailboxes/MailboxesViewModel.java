package org.mailroom.ui.mailboxes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.mailroom.mail.LastTest;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.mailroom.domain.Applications;
import org.mailroom.domain.Direction;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.service.MailboxService;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.service.WorkspaceReader;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.Failures;

/**
 * The mailbox workspace: table with filter and search, details of the selection, and the actions on it.
 * Changes go through {@link MailboxService}; the table follows the {@link WorkspaceEvents} it publishes.
 */
public final class MailboxesViewModel {

    private final MailboxService service;
    private final WorkspaceReader reader;
    private final Background background;
    private final DialogService dialogs;
    private final ManagerWindows windows;
    private final MailboxForms forms;
    private final Consumer<Map<Long, LastTest>> lastTests;

    private final MailboxTable table = new MailboxTable();
    /** The team server went away; changes are refused until it is back. */
    private final BooleanProperty serverAway = new SimpleBooleanProperty();
    private final ObservableList<MailServer> servers = FXCollections.observableArrayList();
    private final ObservableList<DigitalApplication> applicationChoices = FXCollections.observableArrayList();
    private Applications applications = Applications.NONE;
    private Authentications authentications = new Authentications(List.of(), Map.of());
    private final ObjectProperty<MailboxItem> selected = new SimpleObjectProperty<>();
    private final ObjectBinding<Long> selectedId = Bindings.createObjectBinding(
            () -> selected.get() == null ? null : selected.get().id(), selected);
    private final MailboxDetails details;

    /** @param lastTests gets the last connection test of every mailbox whenever the workspace is read */
    public MailboxesViewModel(MailboxService service, WorkspaceReader reader, WorkspaceEvents events, Background background,
                              DialogService dialogs, ManagerWindows windows, Consumer<Map<Long, LastTest>> lastTests) {
        this.service = service;
        this.reader = reader;
        this.lastTests = lastTests;
        this.background = background;
        this.dialogs = dialogs;
        this.windows = windows;
        this.details = new MailboxDetails(selected, service::passwordState);
        selected.addListener(observable -> showLastChange(selected.get()));
        this.forms = new MailboxForms(new MailboxForms.Workspace(table.items(), servers, table.hasOutbound()), service, background,
                dialogs, windows);
        events.subscribe(change -> background.publish(() -> follow(change)));
    }

    /** The history answers in the background: the details add "last changed by … on …" when it has. */
    private void showLastChange(MailboxItem item) {
        if (item != null) {
            background.run(() -> service.lastChange(item.id()), change -> details.showLastChange(selected, item.id(), change), this::fail);
        }
    }

    /** A committed change, on the FX thread: the table and the details show it. */
    private void follow(WorkspaceEvents.Change change) {
        if (change instanceof WorkspaceEvents.MailboxSaved saved) {
            put(saved.mailbox());
        } else if (change instanceof WorkspaceEvents.MailboxDeleted deleted) {
            table.remove(deleted.mailboxId());
            selected.set(selected.get() != null && selected.get().id() == deleted.mailboxId() ? null : selected.get());
        } else if (change instanceof WorkspaceEvents.TeamServerAway) {
            serverAway.set(true);
        } else if (change instanceof WorkspaceEvents.HistoryChanged) {
            showLastChange(selected.get());
        } else {
            serverAway.set(false);
            load();
        }
    }

    /** Reads what the table shows; safe off the FX thread. */
    public WorkspaceReader.Snapshot readWorkspace() {
        return reader.read();
    }

    /** Reads the workspace in the background and shows it. */
    public void load() {
        background.run(reader::read, this::show, this::fail);
    }

    /** Shows a snapshot read by {@link WorkspaceReader#read()}, keeping the selection where it can. */
    public void show(WorkspaceReader.Snapshot workspace) {
        long selectedIdNow = selected.get() == null ? 0 : selected.get().id();
        servers.setAll(workspace.servers());
        applications = workspace.applications();
        authentications = new Authentications(workspace.registrations(), workspace.links());
        forms.useFromAddresses(workspace.fromAddresses());
        lastTests.accept(workspace.lastTests());
        applicationChoices.setAll(applications.byId().values().stream()
                .sorted(Comparator.comparing(DigitalApplication::name, String.CASE_INSENSITIVE_ORDER)).toList());
        table.setAll(workspace.mailboxes().stream()
                .map(mailbox -> MailboxItem.of(mailbox, applications, authentications.of(mailbox))).toList());
        selected.set(selectedIdNow == 0 ? null : table.find(selectedIdNow).orElse(null));
    }

    /**
     * The form for a new mailbox of this kind (EWS, Graph; null: on a mail server entry); for an outbound one, says why
     * not when the one permitted outbound mailbox exists.
     */
    public void add(Direction direction, MailboxKind kind) {
        forms.add(direction, kind);
    }

    public void editSelected() {
        MailboxItem item = selected.get();
        if (item != null) {
            forms.edit(item);
        }
    }

    /** Opens Manage Email Addresses from the toolbar. */
    public void manageFromAddresses() {
        forms.manageFromAddresses();
    }

    private void put(Mailbox saved) {
        selected.set(table.put(MailboxItem.of(saved, applications, authentications.of(saved))));
    }

    /** Deletes the selection after confirmation; an enabled mailbox is refused with the reason. */
    public void deleteSelected() {
        MailboxItem item = selected.get();
        if (item == null) {
            return;
        }
        var refusal = WorkspaceRules.checkDelete(item.mailbox(), applications);
        if (refusal.isPresent()) {
            dialogs.showError(Text.get("mailboxes.delete.refused"), refusal.get().message());
            return;
        }
        if (dialogs.confirm(Text.get("mailboxes.delete.title"), Text.get("mailboxes.delete.question", item.name()),
                Text.get("mailboxes.delete"))) {
            background.run(() -> {
                service.delete(item.mailbox());
                return item;
            }, deleted -> { }, this::fail);
        }
    }

    public void loadSamples() {
        background.run(() -> {
            service.loadSamples();
            return reader.read();
        }, this::show, this::fail);
    }

    /**
     * Assigns the selected mailbox to an application (null unassigns it); its state follows the
     * application's stream at once.
     */
    public void assignSelected(DigitalApplication application) {
        MailboxItem item = selected.get();
        if (item == null || Objects.equals(item.application(), application)) {
            return;
        }
        background.run(() -> {
            service.assign(item.mailbox(), application);
            return item;
        }, assigned -> { }, this::fail);
    }

    /** Opens the OAuth 2.0 wizard, with the selected mailbox chosen if there is one. */
    public void openOAuthWizard() {
        MailboxItem chosen = selected.get();
        windows.openOAuthWizard(table.items().stream().map(MailboxItem::mailbox).toList(), chosen == null ? null : chosen.mailbox());
    }

    /** Opens the Applications manager; the states it changes show in the table as they are made. */
    public void manageApplications() {
        windows.applications().run();
    }

    /** Opens the Mail servers manager; its changes show in the table as they are made. */
    public void openMigrationAssistant() {
        windows.migrationAssistant().run();
    }

    public void manageMailServers() {
        windows.mailServers().run();
    }

    /** Shows the mailbox: every filter and the search cleared, the mailbox selected (none when it is gone). */
    public void select(long mailboxId) {
        table.showAll();
        selected.set(table.find(mailboxId).orElse(null));
    }

    private void fail(Throwable failure) {
        dialogs.showError(Text.get("error.title"), Failures.describe(failure));
    }

    /** The selected mailbox, for Test. */
    public Optional<Mailbox> selectedMailbox() {
        return Optional.ofNullable(selected.get()).map(MailboxItem::mailbox);
    }

    /** Every mailbox the table shows (after filter and search), for Test all. */
    public List<Mailbox> shownMailboxList() {
        return table.shown().stream().map(MailboxItem::mailbox).toList();
    }

    /** The selected mailbox, as the ids an export of the selection takes. */
    public Set<Long> selectedIds() {
        MailboxItem item = selected.get();
        return item == null ? Set.of() : Set.of(item.id());
    }

    /** The rows the table shows: the workspace after filter and search. */
    public FilteredList<MailboxItem> shownMailboxes() {
        return table.shown();
    }

    public ObservableList<MailboxItem> allMailboxes() {
        return table.items();
    }

    public ObservableList<MailServer> servers() {
        return servers;
    }

    /** The applications a mailbox can be assigned to, by name. */
    public ObservableList<DigitalApplication> applicationChoices() {
        return applicationChoices;
    }

    public ObjectProperty<MailboxFilter> filterProperty() {
        return table.filter();
    }

    public StringProperty searchProperty() {
        return table.search();
    }

    public ObjectProperty<MailboxItem> selectedProperty() {
        return selected;
    }

    /** The selected mailbox's id, or null. */
    public ObjectBinding<Long> selectedIdProperty() {
        return selectedId;
    }

    public ObservableList<DetailRow> details() {
        return details.rows();
    }

    public ObservableBooleanValue hasOutbound() {
        return table.hasOutbound();
    }

    public ObservableBooleanValue hasSelection() {
        return selected.isNotNull();
    }

    public ObservableBooleanValue workspaceEmpty() {
        return Bindings.isEmpty(table.items());
    }

    public ObservableBooleanValue busy() {
        return background.busy();
    }

    /** The status line: the count of mailboxes shown, or that the team server is away and being retried. */
    public StringBinding status() {
        return Bindings.when(serverAway).then(Text.get("team.away")).otherwise(table.status());
    }
}
