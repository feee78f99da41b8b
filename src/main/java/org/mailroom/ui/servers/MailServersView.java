package org.mailroom.ui.servers;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.Violation;
import org.mailroom.ui.common.ConflictActions;
import org.mailroom.ui.common.ServerCell;

/** The Mail servers manager: a list of entries and a form to add, change or delete one. */
public final class MailServersView {

    private final MailServersViewModel viewModel;

    @FXML private ListView<MailServer> serverList;
    @FXML private TextField hostField;
    @FXML private ComboBox<Protocol> protocolChoice;
    @FXML private ComboBox<ConnectionSecurity> securityChoice;
    @FXML private TextField portField;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;
    @FXML private Label messageLabel;
    @FXML private Label signInNote;
    @FXML private HBox conflictActions;
    @FXML private Label comparison;

    public MailServersView(MailServersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        serverList.setItems(viewModel.servers());
        serverList.setCellFactory(list -> new ServerCell());
        serverList.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null && !viewModel.rereadingProperty().get()) { // the list replaced under it selects nothing by itself
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, before, now) -> showSelected(now));
        viewModel.rereadingProperty().addListener((o, before, now) -> showSelected(viewModel.selectedProperty().get()));
        hostField.textProperty().bindBidirectional(viewModel.hostProperty());
        portField.textProperty().bindBidirectional(viewModel.portProperty());
        protocolChoice.getItems().setAll(Protocol.values());
        protocolChoice.valueProperty().bindBidirectional(viewModel.protocolProperty());
        securityChoice.getItems().setAll(ConnectionSecurity.values());
        securityChoice.valueProperty().bindBidirectional(viewModel.securityProperty());
        saveButton.disableProperty().bind(viewModel.validProperty().not());
        deleteButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        signInNote.textProperty().bind(viewModel.signInNoteProperty());
        signInNote.managedProperty().bind(viewModel.signInNoteProperty().isNotEmpty());
        messageLabel.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.messageProperty().get().isEmpty()
                        ? problems(viewModel.violationsProperty().get())
                        : viewModel.messageProperty().get(),
                viewModel.messageProperty(), viewModel.violationsProperty()));
        ConflictActions.bind(conflictActions, comparison, viewModel.conflict());
        viewModel.load();
    }

    private void showSelected(MailServer server) {
        if (server == null) {
            serverList.getSelectionModel().clearSelection();
        } else {
            serverList.getSelectionModel().select(server);
        }
    }

    private static String problems(List<Violation> violations) {
        return violations.stream().map(Violation::message).collect(Collectors.joining("\n"));
    }

    @FXML
    private void newEntry() {
        viewModel.newEntry();
        hostField.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save();
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
    private void detect() {
        viewModel.detectServers();
    }

    @FXML
    private void delete() {
        viewModel.deleteSelected();
    }
}
