package org.mailroom.ui.main;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SegmentedButton;
import org.mailroom.domain.Direction;
import org.mailroom.domain.MailboxKind;
import org.mailroom.text.Text;
import org.mailroom.ui.check.CheckViewModel;
import org.mailroom.ui.mailboxes.MailboxFilter;
import org.mailroom.ui.mailboxes.MailboxesViewModel;
import org.mailroom.ui.tests.ConnectionTestsView;
import org.mailroom.ui.tests.ConnectionTestsViewModel;
import org.mailroom.ui.workspace.PasswordsViewModel;
import org.mailroom.ui.workspace.WorkspacesViewModel;

/** The main window's frame: toolbar, filter and search, and the status line around the mailboxes. */
public final class MainView {

    private final MailboxesViewModel mailboxes;
    private final CheckViewModel check;
    private final PasswordsViewModel passwords;
    private final ConnectionTestsView tests;
    private final ConnectionTestsViewModel testing;
    private final Runnable showCheck;
    private final WorkspacesViewModel workspaces;

    @FXML private MenuItem addOutbound;
    @FXML private MenuItem addOutboundGraph;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private SegmentedButton filterButtons;
    @FXML private ToggleButton filterAll;
    @FXML private ToggleButton filterInbound;
    @FXML private ToggleButton filterOutbound;
    @FXML private ToggleButton filterEnabled;
    @FXML private ToggleButton filterDisabled;
    @FXML private ToggleButton filterEws;
    @FXML private ToggleButton filterGraph;
    @FXML private TextField searchField;
    @FXML private Button testButton;
    @FXML private Button checkButton;
    @FXML private Label passwordsLabel;
    @FXML private Label keyringWaitLabel;
    @FXML private Button keyringCancelButton;
    @FXML private Button testAllButton;
    @FXML private Button cancelTestsButton;
    @FXML private Label testProgressLabel;
    @FXML private ProgressBar testProgress;
    @FXML private Label statusLabel;
    @FXML private Label switchLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private HBox statusBar;

    MainView(MailboxesViewModel mailboxes, CheckViewModel check, PasswordsViewModel passwords, ConnectionTestsViewModel testing,
             ConnectionTestsView tests, Runnable showCheck, WorkspacesViewModel workspaces) {
        this.workspaces = workspaces;
        this.testing = testing;
        this.mailboxes = mailboxes;
        this.check = check;
        this.passwords = passwords;
        this.tests = tests;
        this.showCheck = showCheck;
    }

    @FXML
    private void initialize() {
        bindToolbar();
        bindFilter();
        statusLabel.textProperty().bind(mailboxes.status());
        checkButton.textProperty().bind(check.badgeProperty());
        passwordsLabel.textProperty().bind(passwords.stateProperty());
        for (var waitPart : List.of(keyringWaitLabel, keyringCancelButton)) {
            waitPart.visibleProperty().bind(passwords.waitingProperty());
            waitPart.managedProperty().bind(passwords.waitingProperty());
        }
        tests.bindProgress(testProgress, testProgressLabel, testButton, testAllButton, cancelTestsButton,
                Bindings.isEmpty(mailboxes.shownMailboxes()));
        switchLabel.textProperty().bind(workspaces.progressProperty());
        bindBusyIndicator();
        installShortcuts();
    }

    private void bindBusyIndicator() {
        var busy = Bindings.createBooleanBinding(() -> mailboxes.busy().get() || workspaces.switchingProperty().get(), mailboxes.busy(),
                workspaces.switchingProperty());
        busyIndicator.visibleProperty().bind(busy);
        Runnable addWhenBusy = () -> {
            if (busy.get() && busyIndicator.getParent() == null) {
                statusBar.getChildren().add(busyIndicator);
            }
        };
        busy.addListener(changed -> addWhenBusy.run());
        addWhenBusy.run();
    }

    private void bindToolbar() {
        addOutbound.disableProperty().bind(Bindings.createBooleanBinding(() -> mailboxes.hasOutbound().get(), mailboxes.hasOutbound()));
        addOutboundGraph.disableProperty().bind(addOutbound.disableProperty());
        addOutbound.textProperty().bind(Bindings.createStringBinding(
                () -> Text.get(mailboxes.hasOutbound().get() ? "mailboxes.add.outbound.exists" : "mailboxes.add.outbound"),
                mailboxes.hasOutbound()));
        var noSelection = Bindings.createBooleanBinding(() -> !mailboxes.hasSelection().get(), mailboxes.hasSelection());
        editButton.disableProperty().bind(noSelection);
        deleteButton.disableProperty().bind(noSelection);
        deleteButton.setTooltip(new Tooltip(Text.get("mailboxes.delete.tooltip")));
    }

    private void bindFilter() {
        filterAll.setUserData(MailboxFilter.ALL);
        filterInbound.setUserData(MailboxFilter.INBOUND);
        filterOutbound.setUserData(MailboxFilter.OUTBOUND);
        filterEnabled.setUserData(MailboxFilter.ENABLED);
        filterDisabled.setUserData(MailboxFilter.DISABLED);
        filterEws.setUserData(MailboxFilter.EWS);
        filterGraph.setUserData(MailboxFilter.GRAPH);
        filterButtons.getToggleGroup().selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true); // one filter is always active
            } else {
                mailboxes.filterProperty().set((MailboxFilter) now.getUserData());
            }
        });
        searchField.textProperty().bindBidirectional(mailboxes.searchProperty());
        // The filter can change from the view model too: a restored session, or "Go to item".
        Runnable showFilter = () -> filterButtons.getButtons().stream()
                .filter(button -> button.getUserData() == mailboxes.filterProperty().get())
                .findFirst().ifPresent(button -> button.setSelected(true));
        mailboxes.filterProperty().addListener(changed -> showFilter.run());
        showFilter.run();
    }

    private void installShortcuts() {
        searchField.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> mailboxes.add(Direction.INBOUND, null));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), searchField::requestFocus);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), this::test);
            }
        });
    }

    @FXML
    private void stopWaitingForKeyring() {
        passwords.cancelWaiting();
    }

    @FXML
    private void addInbound() {
        mailboxes.add(Direction.INBOUND, null);
    }

    @FXML
    private void addOutbound() {
        mailboxes.add(Direction.OUTBOUND, null);
    }

    @FXML
    private void addInboundEws() {
        mailboxes.add(Direction.INBOUND, MailboxKind.EWS);
    }

    @FXML
    private void addInboundGraph() {
        mailboxes.add(Direction.INBOUND, MailboxKind.GRAPH);
    }

    @FXML
    private void addOutboundGraph() {
        mailboxes.add(Direction.OUTBOUND, MailboxKind.GRAPH);
    }

    @FXML
    private void openMigrationAssistant() {
        mailboxes.openMigrationAssistant();
    }

    @FXML
    private void edit() {
        mailboxes.editSelected();
    }

    @FXML
    private void delete() {
        mailboxes.deleteSelected();
    }

    @FXML
    private void test() {
        mailboxes.selectedMailbox().ifPresent(testing::test);
    }

    @FXML
    private void testAll() {
        testing.testAll(mailboxes.shownMailboxList());
    }

    @FXML
    private void cancelTests() {
        testing.cancel();
    }

    @FXML
    private void showCheck() {
        showCheck.run();
    }

    @FXML
    private void openOAuthWizard() {
        mailboxes.openOAuthWizard();
    }

    @FXML
    private void manageApplications() {
        mailboxes.manageApplications();
    }

    @FXML
    private void manageFromAddresses() {
        mailboxes.manageFromAddresses();
    }

    @FXML
    private void manageServers() {
        mailboxes.manageMailServers();
    }
}
