package org.mailroom.ui.mailboxes;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.mailroom.domain.Applications;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.SecretRef;
import org.mailroom.domain.SessionPasswords;
import org.mailroom.secrets.PasswordKeeper;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.check.ItemRef;
import org.mailroom.mail.LastTest;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.TestResultStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.Failures;
import org.mailroom.ui.applications.ApplicationsViewModel;
import org.mailroom.ui.check.CheckViewModel;
import org.mailroom.ui.detect.DetectFromAddress;
import org.mailroom.ui.fromaddresses.FromAddressesViewModel;
import org.mailroom.ui.oauth.OAuthWizard;
import org.mailroom.ui.servers.MailServersViewModel;

/** The mailbox workspace: table with filter and search, details of the selection, and the actions on it. */
public final class MailboxesViewModel {

    private final MailboxStore mailboxStore;
    private final MailServerStore serverStore;
    private final SampleWorkspace samples;
    private final SessionPasswords passwords;
    private final PasswordKeeper keeper;
    private final ApplicationStore applicationStore;
    private final Background background;
    private final DialogService dialogs;
    private final ManagerWindows windows;
    private final MailboxForms forms;
    private final OAuthStore oauthStore;
    private final BusinessAttributeStore attributeStore;
    private final TestResultStore testResultStore;
    private final ConnectionTestsViewModel tests;
    private CheckViewModel check;

    private final ObservableList<MailboxItem> items = FXCollections.observableArrayList();
    private final FilteredList<MailboxItem> shown = new FilteredList<>(items);
    private final ObservableList<MailServer> servers = FXCollections.observableArrayList();
    private final ObservableList<DigitalApplication> applicationChoices = FXCollections.observableArrayList();
    private Applications applications = Applications.NONE;
    private final ObjectProperty<MailboxFilter> filter = new SimpleObjectProperty<>(MailboxFilter.ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<MailboxItem> selected = new SimpleObjectProperty<>();
    private final MailboxDetails details;
    private final BooleanBinding hasOutbound;
    private final BooleanBinding hasSelection;
    private final StringBinding status;

    public MailboxesViewModel(Stores stores, SampleWorkspace samples, PasswordKeeper keeper, SessionPasswords passwords,
                              Background background, DialogService dialogs, Managers managers,
                              ConnectionTestsViewModel tests) {
        this.mailboxStore = stores.mailboxes();
        this.serverStore = stores.servers();
        this.applicationStore = stores.applications();
        this.attributeStore = stores.attributes();
        this.testResultStore = stores.testResults();
        this.oauthStore = stores.oauth();
        this.tests = tests;
        this.samples = samples;
        this.passwords = passwords;
        this.keeper = keeper;
        this.background = background;
        this.dialogs = dialogs;
        this.windows = new ManagerWindows(managers, dialogs);
        this.details = new MailboxDetails(selected, passwords);
        filter.addListener(changed -> updatePredicate());
        search.addListener(changed -> updatePredicate());
        hasOutbound = Bindings.createBooleanBinding(
                () -> WorkspaceRules.of(items.stream().map(MailboxItem::mailbox).toList()).hasOutbound(), items);
        hasSelection = selected.isNotNull();
        status = Bindings.createStringBinding(
                () -> Text.get("mailboxes.status", items.size(), shown.size()), items, shown);
        this.forms = new MailboxForms(new MailboxForms.Workspace(items, servers, hasOutbound), mailboxStore, passwords, keeper,
                background, dialogs, windows, this::put, this::fail);
    }

    /** Reads the workspace in the background and shows it. */
    public void load() {
        background.run(this::readWorkspace, this::show, this::fail);
    }

    /** Reads what the table shows; safe off the FX thread, as it touches only the stores. */
    public Snapshot readWorkspace() {
        List<MailServer> allServers = serverStore.findAll();
        Applications assigned = applicationStore.findAll();
        List<FromAddress> values = attributeStore.fromAddresses();
        Authentications authentications = new Authentications(oauthStore.registrations(), oauthStore.links());
        List<MailboxItem> rows = mailboxStore.findAll().stream()
                .map(mailbox -> MailboxItem.of(mailbox, assigned, authentications.of(mailbox)))
                .toList();
        return new Snapshot(allServers, assigned, values, testResultStore.all(), rows);
    }

    /** Shows a snapshot read by {@link #readWorkspace()}, keeping the selection where it can. */
    public void show(Snapshot workspace) {
        long selectedId = selected.get() == null ? 0 : selected.get().id();
        servers.setAll(workspace.servers());
        applications = workspace.applications();
        forms.useFromAddresses(workspace.fromAddresses());
        tests.showLastTests(workspace.lastTests());
        applicationChoices.setAll(applications.byId().values().stream()
                .sorted(Comparator.comparing(DigitalApplication::name, String.CASE_INSENSITIVE_ORDER)).toList());
        items.setAll(workspace.items());
        selected.set(items.stream().filter(item -> item.id() == selectedId).findFirst().orElse(null));
        changed();
    }

    private void updatePredicate() {
        MailboxFilter chosen = filter.get();
        String query = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(item -> chosen.accepts(item) && (query.isEmpty() || item.matches(query)));
    }

    public void addInbound() {
        forms.addInbound();
    }

    /** Opens the outbound form, or says why not when the one permitted outbound mailbox exists. */
    public void addOutbound() {
        forms.addOutbound();
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
        MailboxItem existing = indexOf(saved.id()) >= 0 ? items.get(indexOf(saved.id())) : null;
        MailboxItem item = MailboxItem.of(saved, applications,
                existing == null ? Authentications.PASSWORD : existing.authentication());
        int index = indexOf(saved.id());
        if (index >= 0) {
            items.set(index, item);
        } else {
            items.add(item);
        }
        selected.set(item);
        changed();
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
        if (!dialogs.confirm(Text.get("mailboxes.delete.title"), Text.get("mailboxes.delete.question", item.name()),
                Text.get("mailboxes.delete"))) {
            return;
        }
        background.run(() -> {
            mailboxStore.delete(item.mailbox());
            return item;
        }, deleted -> {
            passwords.forget(deleted.id());
            background.run(() -> {
                keeper.forget(SecretRef.mailboxPassword(deleted.id()));
                return deleted;
            }, forgotten -> { }, this::fail);
            items.remove(indexOf(deleted.id()));
            selected.set(null);
            changed();
        }, this::fail);
    }

    public void loadSamples() {
        background.run(() -> {
            samples.load();
            return readWorkspace();
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
            applicationStore.assign(item.mailbox(), application);
            return readWorkspace();
        }, this::show, this::fail);
    }

    /** Opens the OAuth 2.0 wizard, with the selected mailbox chosen if there is one. */
    public void openOAuthWizard() {
        MailboxItem chosen = selected.get();
        windows.oauthWizard(items.stream().map(MailboxItem::mailbox).toList(), chosen == null ? null : chosen.mailbox(), this::load);
    }

    /** Opens the Applications manager; the states it changes show in the table once it closes. */
    public void manageApplications() {
        windows.applications();
        load();
    }

    /** Opens the Mail servers manager; its changes show in the table once it closes. */
    public void manageMailServers() {
        windows.mailServers();
        load();
    }

    private int indexOf(long id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void fail(Throwable failure) {
        dialogs.showError(Text.get("error.title"), Failures.describe(failure));
    }

    /** The configuration check whose badge this window shows; refreshed after every change. */
    public void attach(CheckViewModel configurationCheck) {
        this.check = configurationCheck;
        tests.setOnFinished(this::changed);
    }

    public void showShortcuts() {
        dialogs.showInfo(Text.get("help.shortcuts.title"), Text.get("help.shortcuts.text"));
    }

    public ObservableStringValue checkBadge() {
        return check.badgeProperty();
    }

    public void showCheck() {
        check.refresh();
        dialogs.showCheck(check);
    }

    /** Shows the item a finding concerns: selects a mailbox, or opens the manager of anything else. */
    public void goTo(ItemRef item) {
        switch (item.kind()) {
            case MAILBOX -> {
                filter.set(MailboxFilter.ALL);
                search.set("");
                int index = indexOf(item.id());
                selected.set(index < 0 ? null : items.get(index));
            }
            case MAIL_SERVER -> manageMailServers();
            case APPLICATION -> manageApplications();
            case REGISTRATION -> openOAuthWizard();
            case FROM_ADDRESS -> manageFromAddresses();
            default -> { }
        }
    }

    private void changed() {
        if (check != null) {
            check.refresh();
        }
    }

    /** Tests the selected mailbox against its server. */
    public void testSelected() {
        MailboxItem item = selected.get();
        if (item != null) {
            tests.test(item.mailbox());
        }
    }

    /** Tests every mailbox the table shows (after filter and search). */
    public void testAllShown() {
        tests.testAll(shown.stream().map(MailboxItem::mailbox).toList());
    }

    /** The selected mailbox, as the ids an export of the selection takes. */
    public Set<Long> selectedIds() {
        MailboxItem item = selected.get();
        return item == null ? Set.of() : Set.of(item.id());
    }

    public ConnectionTestsViewModel tests() {
        return tests;
    }

    /** The rows the table shows: the workspace after filter and search. */
    public FilteredList<MailboxItem> shownMailboxes() {
        return shown;
    }

    public ObservableList<MailboxItem> allMailboxes() {
        return items;
    }

    public ObservableList<MailServer> servers() {
        return servers;
    }

    /** The applications a mailbox can be assigned to, by name. */
    public ObservableList<DigitalApplication> applicationChoices() {
        return applicationChoices;
    }

    public ObjectProperty<MailboxFilter> filterProperty() {
        return filter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<MailboxItem> selectedProperty() {
        return selected;
    }

    public ObservableList<DetailRow> details() {
        return details.rows();
    }

    public ObservableBooleanValue hasOutbound() {
        return hasOutbound;
    }

    public ObservableBooleanValue hasSelection() {
        return hasSelection;
    }

    public ObservableBooleanValue workspaceEmpty() {
        return Bindings.isEmpty(items);
    }

    public ObservableBooleanValue busy() {
        return background.busy();
    }

    public StringBinding status() {
        return status;
    }

    /** The workspace as read in the background, ready to show. */
    public record Snapshot(List<MailServer> servers, Applications applications, List<FromAddress> fromAddresses,
                           Map<Long, LastTest> lastTests, List<MailboxItem> items) {
    }

    /** The repositories this screen works on. */
    public record Stores(MailboxStore mailboxes, MailServerStore servers, ApplicationStore applications,
                         BusinessAttributeStore attributes, TestResultStore testResults, OAuthStore oauth) {
    }

    /** The managers this screen opens, each made fresh when opened, and "Detect from address" for its forms. */
    public record Managers(Supplier<MailServersViewModel> servers, Supplier<ApplicationsViewModel> applications,
                           Function<String, FromAddressesViewModel> fromAddresses,
                           Function<List<Mailbox>, OAuthWizard> oauthWizard, DetectFromAddress serverDetection) {
    }
}
