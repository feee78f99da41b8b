package org.mailroom.ui.history;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.mailroom.history.HistoryEntry;
import org.mailroom.history.ItemType;
import org.mailroom.text.Text;

/** The History window's controls, bound to {@link HistoryViewModel}. */
public final class HistoryView {

    private final HistoryViewModel viewModel;

    @FXML private ComboBox<ItemType> kindChoice;
    @FXML private TextField itemField;
    @FXML private ComboBox<String> adminChoice;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker untilPicker;
    @FXML private TableView<HistoryEntry> table;
    @FXML private TableColumn<HistoryEntry, String> whenColumn;
    @FXML private TableColumn<HistoryEntry, String> whoColumn;
    @FXML private TableColumn<HistoryEntry, String> actionColumn;
    @FXML private TableColumn<HistoryEntry, String> itemColumn;
    @FXML private TableColumn<HistoryEntry, String> fieldsColumn;
    @FXML private TextArea detailsArea;
    @FXML private Label problemLabel;
    @FXML private Label statusLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button restoreButton;
    @FXML private TextField nameField;

    public HistoryView(HistoryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        kindChoice.getItems().add(null);
        kindChoice.getItems().addAll(ItemType.values());
        kindChoice.setConverter(labels(kind -> kind == null ? Text.get("historyWindow.allKinds") : kind.label()));
        kindChoice.valueProperty().bindBidirectional(viewModel.kindProperty());
        kindChoice.getSelectionModel().selectFirst();
        adminChoice.setConverter(labels(admin -> admin == null ? Text.get("historyWindow.anyone") : admin));
        adminChoice.valueProperty().bindBidirectional(viewModel.adminProperty());
        viewModel.admins().addListener((javafx.collections.ListChangeListener<String>) change -> {
            String chosen = adminChoice.getValue(); // the filter stays as chosen when others' names come in
            adminChoice.getItems().setAll((String) null);
            adminChoice.getItems().addAll(viewModel.admins());
            adminChoice.setValue(chosen);
        });
        adminChoice.getItems().setAll((String) null);
        itemField.textProperty().bindBidirectional(viewModel.itemTextProperty());
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        untilPicker.valueProperty().bindBidirectional(viewModel.untilProperty());
        table.setItems(viewModel.rows());
        whenColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.whenOf(cell.getValue())));
        whoColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().who()));
        actionColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().difference().action().label()));
        itemColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().difference().type().label() + " "
                + cell.getValue().difference().name()));
        fieldsColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().summary()));
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        viewModel.toSelectProperty().addListener((observable, old, entry) -> {
            if (entry != null) {
                table.getSelectionModel().select(entry);
            }
        });
        detailsArea.textProperty().bind(viewModel.detailsProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        previousButton.disableProperty().bind(viewModel.pageProperty().isEqualTo(0));
        nextButton.disableProperty().bind(viewModel.hasNextProperty().not());
        restoreButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        nameField.textProperty().bindBidirectional(viewModel.displayNameProperty());
    }

    private static <T> StringConverter<T> labels(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("the choice is not editable");
            }
        };
    }

    @FXML
    private void search() {
        viewModel.search();
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
    }

    @FXML
    private void restore() {
        viewModel.restoreSelected();
    }

    @FXML
    private void saveName() {
        viewModel.saveDisplayName();
    }
}
