package org.mailroom.ui.migration;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.text.Text;
import org.mailroom.ui.common.ShownAs;

/** The migration assistant's two tabs: move mailboxes to Graph, and the basic SMTP AUTH guidance. */
public final class MigrationAssistantView {

    private final MigrationAssistantViewModel viewModel;

    @FXML private TableView<MigrationAssistantViewModel.Row> table;
    @FXML private TableColumn<MigrationAssistantViewModel.Row, Boolean> chosenColumn;
    @FXML private TableColumn<MigrationAssistantViewModel.Row, String> nameColumn;
    @FXML private TableColumn<MigrationAssistantViewModel.Row, String> kindColumn;
    @FXML private TableColumn<MigrationAssistantViewModel.Row, String> loginColumn;
    @FXML private TableColumn<MigrationAssistantViewModel.Row, String> flaggedColumn;
    @FXML private ComboBox<StoredRegistration> appChoice;
    @FXML private TextArea previewArea;
    @FXML private Button applyButton;
    @FXML private Label statusLabel;
    @FXML private TextArea requestArea;
    @FXML private Button copyButton;
    @FXML private TextArea smtpArea;

    public MigrationAssistantView(MigrationAssistantViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.rows());
        chosenColumn.setCellValueFactory(cell -> cell.getValue().chosen());
        chosenColumn.setCellFactory(CheckBoxTableCell.forTableColumn(chosenColumn));
        chosenColumn.setEditable(true);
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().mailbox().name()));
        kindColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Text.of(cell.getValue().mailbox().kind())));
        loginColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().mailbox().login()));
        flaggedColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().flagged() ? "\u26a0" : ""));
        appChoice.setItems(viewModel.apps());
        appChoice.valueProperty().bindBidirectional(viewModel.appProperty());
        appChoice.setConverter(new ShownAs<>(StoredRegistration::name));
        previewArea.textProperty().bind(viewModel.previewProperty());
        applyButton.disableProperty().bind(viewModel.canApplyProperty().not());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        requestArea.textProperty().bind(viewModel.requestProperty());
        copyButton.disableProperty().bind(viewModel.requestProperty().isEmpty());
        smtpArea.setText(viewModel.smtpGuidance());
    }

    @FXML
    private void selectFlagged() {
        viewModel.selectFlagged();
    }

    @FXML
    private void selectNone() {
        viewModel.selectNone();
    }

    @FXML
    private void apply() {
        viewModel.apply();
    }

    @FXML
    private void copyRequest() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.requestProperty().get());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
