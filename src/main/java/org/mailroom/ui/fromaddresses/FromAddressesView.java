package org.mailroom.ui.fromaddresses;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.FromAddress;
import org.mailroom.ui.common.ConflictActions;

/** Manage Email Addresses: folder, attribute, values, and what agents will be offered. */
public final class FromAddressesView {

    private final FromAddressesViewModel viewModel;

    @FXML private ComboBox<AttributeFolder> folderChoice;
    @FXML private Button deleteFolderButton;
    @FXML private ComboBox<BusinessAttribute> attributeChoice;
    @FXML private Button addAttributeButton;
    @FXML private Button deleteAttributeButton;
    @FXML private TableView<FromAddress> valueTable;
    @FXML private TableColumn<FromAddress, String> nameColumn;
    @FXML private TableColumn<FromAddress, String> displayNameColumn;
    @FXML private TextField addressField;
    @FXML private TextField displayNameField;
    @FXML private Button addValueButton;
    @FXML private Button deleteValueButton;
    @FXML private ListView<FromAddress> preview;
    @FXML private Label optionLabel;
    @FXML private Label messageLabel;
    @FXML private Label valueProblemLabel;
    @FXML private HBox conflictActions;
    @FXML private Label comparison;

    public FromAddressesView(FromAddressesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        folderChoice.setItems(viewModel.folders());
        folderChoice.valueProperty().bindBidirectional(viewModel.folderProperty());
        attributeChoice.setItems(viewModel.attributes());
        attributeChoice.valueProperty().bindBidirectional(viewModel.attributeProperty());
        valueTable.setItems(viewModel.fromAddresses());
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().address()));
        displayNameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().displayName()));
        // The Display name can be edited in place (double-click, Enter to save); the Name is the value's identity.
        displayNameColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        // While a Display name is typed, others' changes wait: the table is not read again under it.
        DisplayNameEdits edits = viewModel.displayNameEdits();
        displayNameColumn.setOnEditStart(edit -> edits.editing().set(edit.getRowValue()));
        displayNameColumn.setOnEditCancel(edit -> edits.editing().set(null));
        displayNameColumn.setOnEditCommit(edit -> {
            viewModel.changeDisplayName(edit.getRowValue(), edit.getNewValue());
            edits.committed();
        });
        ConflictActions.bind(conflictActions, comparison, edits.conflict());
        valueTable.setEditable(true);
        valueTable.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> viewModel.selectedValueProperty().set(now));
        addressField.textProperty().bindBidirectional(viewModel.newValue().address());
        displayNameField.textProperty().bindBidirectional(viewModel.newValue().displayName());
        preview.setItems(viewModel.fromAddresses());
        preview.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(FromAddress value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : viewModel.agentPreview().describe(value));
                setWrapText(true);
            }
        });
        var noFolder = viewModel.folderProperty().isNull();
        var noAttribute = viewModel.attributeProperty().isNull();
        deleteFolderButton.disableProperty().bind(noFolder);
        addAttributeButton.disableProperty().bind(noFolder);
        deleteAttributeButton.disableProperty().bind(noAttribute);
        addValueButton.disableProperty().bind(noAttribute.or(viewModel.newValue().valid().not()));
        deleteValueButton.disableProperty().bind(viewModel.selectedValueProperty().isNull());
        valueProblemLabel.textProperty().bind(viewModel.newValue().problem());
        optionLabel.textProperty().bind(viewModel.agentPreview().workspaceOption());
        messageLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.messageProperty().get(),
                viewModel.messageProperty()));
        viewModel.load();
    }

    @FXML
    private void addFolder() {
        viewModel.addFolder();
    }

    @FXML
    private void deleteFolder() {
        viewModel.deleteFolder();
    }

    @FXML
    private void addAttribute() {
        viewModel.addAttribute();
    }

    @FXML
    private void deleteAttribute() {
        viewModel.deleteAttribute();
    }

    @FXML
    private void addValue() {
        viewModel.addValue();
        addressField.requestFocus();
    }

    @FXML
    private void reloadTheirs() {
        viewModel.displayNameEdits().conflict().reload();
    }

    @FXML
    private void compareTheirs() {
        viewModel.displayNameEdits().conflict().compare();
    }

    @FXML
    private void deleteValue() {
        viewModel.deleteValue();
    }
}
