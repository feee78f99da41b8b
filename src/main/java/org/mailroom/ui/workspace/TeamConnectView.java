package org.mailroom.ui.workspace;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** The team workspace dialog's fields, bound to {@link TeamConnectViewModel}; nothing can be edited while it connects. */
public final class TeamConnectView {

    private final TeamConnectViewModel connect;

    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private TextField caField;
    @FXML private Button caButton;
    @FXML private CheckBox rememberBox;
    @FXML private Label rememberNote;
    @FXML private Label problemLabel;
    @FXML private Label failureLabel;
    @FXML private HBox connectingRow;
    @FXML private Label connectingLabel;

    public TeamConnectView(TeamConnectViewModel connect) {
        this.connect = connect;
    }

    @FXML
    private void initialize() {
        hostField.textProperty().bindBidirectional(connect.hostProperty());
        portField.textProperty().bindBidirectional(connect.portProperty());
        databaseField.textProperty().bindBidirectional(connect.databaseProperty());
        userField.textProperty().bindBidirectional(connect.userProperty());
        passwordField.textProperty().bindBidirectional(connect.passwordProperty());
        caField.textProperty().bindBidirectional(connect.caFileProperty());
        rememberBox.selectedProperty().bindBidirectional(connect.rememberProperty());
        rememberBox.disableProperty().bind(connect.canRememberProperty().not().or(connect.connectingProperty()));
        for (Node field : new Node[] {hostField, portField, databaseField, userField, passwordField, caField, caButton}) {
            field.disableProperty().bind(connect.connectingProperty());
        }
        showWhenSet(rememberNote, connect.rememberNoteProperty());
        problemLabel.textProperty().bind(connect.problemProperty());
        // the rule of a field shows once something is typed; an empty dialog just waits for its first field
        problemLabel.visibleProperty().bind(connect.problemProperty().isNotEmpty().and(connect.hostProperty().isNotEmpty()));
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        showWhenSet(failureLabel, connect.failureProperty());
        connectingRow.visibleProperty().bind(connect.connectingProperty());
        connectingRow.managedProperty().bind(connect.connectingProperty());
        connect.connectingProperty().addListener((o, was, now) -> connectingLabel.setText(now ? connect.connectingText() : ""));
        connect.filledInProperty().addListener((o, was, now) -> passwordField.requestFocus());
    }

    private static void showWhenSet(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Where the admin starts typing: the host, or the password when the rest is filled in from last time. */
    Node firstField() {
        return connect.filledInProperty().get() ? passwordField : hostField;
    }

    @FXML
    private void chooseCaFile() {
        connect.chooseCaFile();
    }

    @FXML
    private void cancel() {
        connect.cancel();
    }
}
