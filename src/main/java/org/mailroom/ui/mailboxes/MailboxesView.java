package org.mailroom.ui.mailboxes;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;
import org.mailroom.domain.Direction;
import org.mailroom.text.Text;
import org.mailroom.ui.common.ColumnLayout;
import org.mailroom.ui.common.ViewLoader;
import org.mailroom.ui.common.WindowState;

/** The mailbox table and the details panel of the selected mailbox. */
public final class MailboxesView {

    /** Where the window remembers the table's column order and widths. */
    private static final String COLUMNS_KEY = "ui.mailboxColumns";
    /** Below this width the details panel stacks each label above its value. */
    private static final double NARROW_DETAILS = 400;

    private final MailboxesViewModel viewModel;
    private final LongFunction<ObservableStringValue> lastTestText;
    private final Supplier<Node> testDetails;
    private final WindowState state;

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
    @FXML private VBox detailsPane;
    @FXML private Label detailsTitle;
    @FXML private GridPane detailsGrid;
    @FXML private Label detailsEmpty;

    private boolean syncingSelection;
    private boolean selectedPartsShown;

    /**
     * @param lastTestText the Last test column's text of a mailbox
     * @param testDetails  builds the details panel's connection-test part
     * @param state        where the column order and widths are kept between sessions
     */
    public MailboxesView(MailboxesViewModel viewModel, LongFunction<ObservableStringValue> lastTestText,
                         Supplier<Node> testDetails, WindowState state) {
        this.viewModel = viewModel;
        this.lastTestText = lastTestText;
        this.testDetails = testDetails;
        this.state = state;
    }

    @FXML
    private void initialize() {
        bindTable();
        bindDetails();
        ColumnLayout.restore(table, state, COLUMNS_KEY);
        table.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, was, window) -> {
                    if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_HIDING, hiding -> ColumnLayout.remember(table, state, COLUMNS_KEY));
                    }
                });
            }
        });
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
        typeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Text.of(cell.getValue().mailbox().kind())));
        serverColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().mailbox().endpoint().address()));
        loginColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().mailbox().login()));
        applicationColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().applicationName()));
        lastTestColumn.setCellValueFactory(cell -> lastTestText.apply(cell.getValue().id()));
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
        add.setOnAction(event -> viewModel.add(Direction.INBOUND, null));
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
        // A narrow panel puts each label above its value: side by side, values wrapped a few letters a line.
        detailsPane.widthProperty().addListener((o, before, now) -> {
            if (isNarrow(before.doubleValue()) != isNarrow(now.doubleValue())) {
                showDetails();
            }
        });
        showDetails();
    }

    private static boolean isNarrow(double width) {
        return width < NARROW_DETAILS;
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
            Parent selectedParts = ViewLoader.load(new SelectedMailboxView(viewModel, testDetails));
            selectedParts.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
            selectedParts.managedProperty().bind(selectedParts.visibleProperty());
            detailsPane.getChildren().add(detailsPane.getChildren().indexOf(detailsEmpty), selectedParts);
        }
        boolean stacked = isNarrow(detailsPane.getWidth());
        int line = 0;
        for (DetailRow row : viewModel.details()) {
            Label label = new Label(row.label());
            label.getStyleClass().add("details-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(row.value());
            value.setWrapText(true);
            value.setId("detail-" + line);
            if (stacked) {
                GridPane.setMargin(label, new Insets(line == 0 ? 0 : 4, 0, 0, 0));
                detailsGrid.addColumn(0, label, value);
            } else {
                GridPane.setMargin(label, Insets.EMPTY);
                detailsGrid.addRow(line, label, value);
            }
            line++;
        }
    }
}
