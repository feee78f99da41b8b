package org.mailroom.ui.mailboxes;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.mailroom.text.Text;
import org.mailroom.ui.common.ViewLoader;
import org.mailroom.ui.workspace.WorkspaceMenu;

/** The main window's content: toolbar, mailbox table, details panel and status line. */
public final class MailboxesView {

    private final MailboxesViewModel viewModel;
    private final ConnectionTestsView tests;
    private final WorkspaceMenu menu;

    @FXML private MenuButton addMenu;
    @FXML private MenuItem addInbound;
    @FXML private MenuItem addOutbound;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private SegmentedButton filterButtons;
    @FXML private ToggleButton filterAll;
    @FXML private ToggleButton filterInbound;
    @FXML private ToggleButton filterOutbound;
    @FXML private ToggleButton filterEnabled;
    @FXML private ToggleButton filterDisabled;
    @FXML private TextField searchField;
    @FXML private TableView<MailboxItem> table;
    @FXML private TableColumn<MailboxItem, MailboxItem> stateColumn;
    @FXML private TableColumn<MailboxItem, String> nameColumn;
    @FXML private TableColumn<MailboxItem, String> directionColumn;
    @FXML private TableColumn<MailboxItem, String> typeColumn;
    @FXML private TableColumn<MailboxItem, String> serverColumn;
    @FXML private TableColumn<MailboxItem, String> loginColumn;
    @FXML private TableColumn<MailboxItem, String> applicationColumn;
    @FXML private TableColumn<MailboxItem, String> lastTestColumn;
    @FXML private TableColumn<MailboxItem, String> authenticationColumn;
    @FXML private Button testButton;
    @FXML private Button checkButton;
    @FXML private Label passwordsLabel;
    @FXML private Button testAllButton;
    @FXML private Button cancelTestsButton;
    @FXML private Label testProgressLabel;
    @FXML private ProgressBar testProgress;
    @FXML private VBox detailsPane;
    @FXML private Label detailsTitle;
    @FXML private GridPane detailsGrid;
    @FXML private Label detailsEmpty;
    @FXML private Label statusLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private HBox statusBar;

    private boolean syncingSelection;
    private boolean selectedPartsShown;

    public MailboxesView(MailboxesViewModel viewModel, WorkspaceMenu menu) {
        this.viewModel = viewModel;
        this.menu = menu;
        this.tests = new ConnectionTestsView(viewModel);
    }

    @FXML
    private void initialize() {
        bindToolbar();
        bindFilter();
        bindTable();
        bindDetails();
        statusLabel.textProperty().bind(viewModel.status());
        checkButton.textProperty().bind(viewModel.checkBadge());
        passwordsLabel.textProperty().bind(menu.passwords().stateProperty());
        tests.bindProgress(testProgress, testProgressLabel, testButton, testAllButton, cancelTestsButton);
        bindBusyIndicator();
        installShortcuts();
    }

    private void bindBusyIndicator() {
        busyIndicator.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.busy().get(), viewModel.busy()));
        Runnable addWhenBusy = () -> {
            if (viewModel.busy().get() && busyIndicator.getParent() == null) {
                statusBar.getChildren().add(busyIndicator);
            }
        };
        viewModel.busy().addListener(busy -> addWhenBusy.run());
        addWhenBusy.run();
    }

    private void bindToolbar() {
        addOutbound.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.hasOutbound().get(), viewModel.hasOutbound()));
        addOutbound.textProperty().bind(Bindings.createStringBinding(
                () -> Text.get(viewModel.hasOutbound().get() ? "mailboxes.add.outbound.exists" : "mailboxes.add.outbound"),
                viewModel.hasOutbound()));
        var noSelection = Bindings.createBooleanBinding(() -> !viewModel.hasSelection().get(), viewModel.hasSelection());
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
        filterButtons.getToggleGroup().selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true); // one filter is always active
            } else {
                viewModel.filterProperty().set((MailboxFilter) now.getUserData());
            }
        });
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        // The filter can change from the view model too: a restored session, or "Go to item".
        Runnable showFilter = () -> filterButtons.getButtons().stream()
                .filter(button -> button.getUserData() == viewModel.filterProperty().get())
                .findFirst().ifPresent(button -> button.setSelected(true));
        viewModel.filterProperty().addListener(changed -> showFilter.run());
        showFilter.run();
    }

    private void bindTable() {
        SortedList<MailboxItem> sorted = new SortedList<>(viewModel.shownMailboxes());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        stateColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        StateMarkerCell.Tooltips stateTips = new StateMarkerCell.Tooltips();
        stateColumn.setCellFactory(column -> new StateMarkerCell(stateTips));
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        directionColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                Text.get("direction." + cell.getValue().direction().name().toLowerCase())));
        typeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().mailbox().server().protocol().name()));
        serverColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().mailbox().server().address()));
        loginColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().mailbox().login()));
        applicationColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().applicationName()));
        lastTestColumn.setCellValueFactory(cell -> tests.lastTestText(cell.getValue().id()));
        authenticationColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().authentication()));
        // The columns' default comparator builds a Collator for every comparison; one shared Collator sorts alike.
        Comparator<String> byCollation = Collator.getInstance()::compare;
        List.of(nameColumn, directionColumn, typeColumn, serverColumn, loginColumn, applicationColumn, lastTestColumn,
                authenticationColumn).forEach(column -> column.setComparator(byCollation));
        table.getSortOrder().add(nameColumn);
        table.setRowFactory(view -> {
            TableRow<MailboxItem> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.editSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.editSelected();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                viewModel.deleteSelected();
                event.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (!syncingSelection) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, before, now) -> selectInTable(now));
        table.placeholderProperty().bind(Bindings.createObjectBinding(
                () -> viewModel.workspaceEmpty().get() ? emptyWorkspace() : noMatch(), viewModel.workspaceEmpty()));
    }

    private void selectInTable(MailboxItem item) {
        syncingSelection = true;
        try {
            if (item == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(item);
                table.scrollTo(item);
            }
        } finally {
            syncingSelection = false;
        }
    }

    private Node emptyWorkspace() {
        Label text = new Label(Text.get("mailboxes.empty"));
        text.getStyleClass().add("placeholder-text");
        Button add = new Button(Text.get("mailboxes.empty.add"));
        add.setOnAction(event -> viewModel.addInbound());
        Button samples = new Button(Text.get("mailboxes.empty.samples"));
        samples.setId("loadSamples");
        samples.setOnAction(event -> viewModel.loadSamples());
        VBox box = new VBox(text, add, samples);
        box.getStyleClass().add("placeholder");
        return box;
    }

    private Node noMatch() {
        Label text = new Label(Text.get("mailboxes.noMatch"));
        text.getStyleClass().add("placeholder-text");
        return text;
    }

    private void bindDetails() {
        viewModel.details().addListener((ListChangeListener<DetailRow>) change -> showDetails());
        showDetails();
    }

    private void showDetails() {
        detailsGrid.getChildren().clear();
        MailboxItem item = viewModel.selectedProperty().get();
        detailsTitle.setText(item == null ? "" : item.name());
        // Nothing selected: only the hint, at the top of the panel.
        for (Node part : List.of(detailsTitle, detailsGrid)) {
            part.setVisible(item != null);
            part.setManaged(item != null);
        }
        detailsEmpty.setVisible(item == null);
        detailsEmpty.setManaged(item == null);
        if (item != null && !selectedPartsShown) {
            selectedPartsShown = true;
            Parent selectedParts = ViewLoader.load(new SelectedMailboxView(viewModel, tests));
            selectedParts.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
            selectedParts.managedProperty().bind(selectedParts.visibleProperty());
            detailsPane.getChildren().add(detailsPane.getChildren().indexOf(detailsEmpty), selectedParts);
        }
        int line = 0;
        for (DetailRow row : viewModel.details()) {
            Label label = new Label(row.label());
            label.getStyleClass().add("details-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(row.value());
            value.setWrapText(true);
            value.setId("detail-" + line);
            detailsGrid.addRow(line++, label, value);
        }
    }

    private void installShortcuts() {
        table.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), viewModel::addInbound);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), searchField::requestFocus);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), viewModel::testSelected);
            }
        });
    }

    @FXML
    private void addInbound() {
        viewModel.addInbound();
    }

    @FXML
    private void addOutbound() {
        viewModel.addOutbound();
    }

    @FXML
    private void edit() {
        viewModel.editSelected();
    }

    @FXML
    private void delete() {
        viewModel.deleteSelected();
    }

    @FXML
    private void test() {
        viewModel.testSelected();
    }

    @FXML
    private void testAll() {
        viewModel.testAllShown();
    }

    @FXML
    private void cancelTests() {
        viewModel.tests().cancel();
    }

    /** The mailbox table, whose column order and widths the window remembers. */
    public TableView<MailboxItem> table() {
        return table;
    }

    @FXML
    private void showCheck() {
        viewModel.showCheck();
    }

    @FXML
    private void openOAuthWizard() {
        viewModel.openOAuthWizard();
    }

    @FXML
    private void manageApplications() {
        viewModel.manageApplications();
    }

    @FXML
    private void manageFromAddresses() {
        viewModel.manageFromAddresses();
    }

    @FXML
    private void manageServers() {
        viewModel.manageMailServers();
    }
}
