package org.mailroom.ui.applications;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.mailroom.text.Text;
import org.mailroom.ui.applications.ApplicationsViewModel.Row;
import org.mailroom.ui.common.ConflictActions;

/** The Applications manager: a table of applications and the actions on the selected one. */
public final class ApplicationsView {

    private final ApplicationsViewModel viewModel;

    @FXML private TableView<Row> table;
    @FXML private TableColumn<Row, String> nameColumn;
    @FXML private TableColumn<Row, String> streamColumn;
    @FXML private TableColumn<Row, Long> mailboxesColumn;
    @FXML private TextField nameField;
    @FXML private Button addButton;
    @FXML private Button renameButton;
    @FXML private Button streamButton;
    @FXML private Button deleteButton;
    @FXML private Label messageLabel;
    @FXML private HBox conflictActions;
    @FXML private Label comparison;

    public ApplicationsView(ApplicationsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.rows());
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().application().name()));
        streamColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Text.get(
                cell.getValue().application().streamEnabled() ? "applications.stream.on" : "applications.stream.off")));
        mailboxesColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().mailboxes()));
        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (!viewModel.rereadingProperty().get()) { // the rows replaced under it select nothing by themselves
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, before, now) -> showSelected(now));
        viewModel.rereadingProperty().addListener((o, before, now) -> showSelected(viewModel.selectedProperty().get()));
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        var nothingSelected = viewModel.selectedProperty().isNull();
        addButton.disableProperty().bind(viewModel.nameValidProperty().not());
        renameButton.disableProperty().bind(nothingSelected.or(viewModel.nameValidProperty().not()));
        streamButton.disableProperty().bind(nothingSelected);
        deleteButton.disableProperty().bind(nothingSelected);
        streamButton.textProperty().bind(Bindings.createStringBinding(() -> {
            Row row = viewModel.selectedProperty().get();
            return Text.get(row != null && row.application().streamEnabled() ? "applications.disableStream" : "applications.enableStream");
        }, viewModel.selectedProperty()));
        messageLabel.textProperty().bind(viewModel.messageProperty());
        ConflictActions.bind(conflictActions, comparison, viewModel.conflict());
        viewModel.load();
    }

    private void showSelected(Row row) {
        if (row == null) {
            table.getSelectionModel().clearSelection();
        } else if (row != table.getSelectionModel().getSelectedItem()) {
            table.getSelectionModel().select(row);
        }
    }

    @FXML
    private void reloadTheirs() {
        viewModel.conflict().reload();
    }

    @FXML
    private void compareTheirs() {
        viewModel.conflict().compare();
    }

    @FXML
    private void add() {
        viewModel.add();
    }

    @FXML
    private void rename() {
        viewModel.renameSelected();
    }

    @FXML
    private void toggleStream() {
        viewModel.toggleStreamOfSelected();
    }

    @FXML
    private void delete() {
        viewModel.deleteSelected();
    }
}
