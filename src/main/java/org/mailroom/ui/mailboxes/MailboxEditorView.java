package org.mailroom.ui.mailboxes;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Violation;
import org.mailroom.ui.common.ServerCell;
import org.mailroom.ui.mailboxes.MailboxEditorViewModel.Field;

/** The inbound or outbound mailbox form; the view model decides which rows show and what is valid. */
public final class MailboxEditorView {

    private final MailboxEditorViewModel viewModel;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML private Label nameLabel;
    @FXML private TextField nameField;
    @FXML private Label fromAddressLabel;
    @FXML private TextField fromAddressField;
    @FXML private Label maxSizeLabel;
    @FXML private TextField maxSizeField;
    @FXML private TextField loginField;
    @FXML private PasswordField passwordField;
    @FXML private ComboBox<MailServer> serverChoice;
    @FXML private Label problems;

    public MailboxEditorView(MailboxEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        nameField.setEditable(viewModel.isNameEditable());
        nameField.setFocusTraversable(viewModel.isNameEditable());
        maxSizeField.textProperty().bindBidirectional(viewModel.maxSizeProperty());
        loginField.textProperty().bindBidirectional(viewModel.loginProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        passwordField.setPromptText(viewModel.passwordPrompt());
        fromAddressField.textProperty().bindBidirectional(viewModel.fromAddressProperty());
        serverChoice.setItems(viewModel.serverChoices());
        serverChoice.valueProperty().bindBidirectional(viewModel.serverProperty());
        serverChoice.setCellFactory(list -> new ServerCell());
        serverChoice.setButtonCell(new ServerCell());

        showRow(viewModel.isInbound(), maxSizeLabel, maxSizeField);
        showRow(!viewModel.isInbound(), fromAddressLabel, fromAddressField);
        if (!viewModel.isNameEditable()) {
            nameField.getStyleClass().add("read-only");
        }

        decorate(nameField, Field.NAME);
        decorate(fromAddressField, Field.FROM_ADDRESS);
        decorate(maxSizeField, Field.MAX_SIZE);
        decorate(loginField, Field.LOGIN);
        decorate(passwordField, Field.PASSWORD);
        decorate(serverChoice, Field.SERVER);
        viewModel.violationsProperty().addListener((o, before, now) -> showProblems(now));
        showProblems(viewModel.violationsProperty().get());
    }

    /** The field the dialog should focus first. */
    public Node firstField() {
        return viewModel.isNameEditable() ? nameField : viewModel.isInbound() ? loginField : fromAddressField;
    }

    private void decorate(Control control, Field field) {
        // The view model is updated first (bindings are registered before), so its verdict is current.
        validation.registerValidator(control, false, (Control c, Object value) ->
                ValidationResult.fromMessageIf(c, viewModel.violation(field).map(Violation::rule).orElse(""),
                        org.controlsfx.validation.Severity.ERROR, viewModel.violation(field).isPresent()));
    }

    private void showProblems(Map<Field, Violation> violations) {
        problems.setText(violations.values().stream().map(Violation::message).collect(Collectors.joining("\n")));
    }

    private static void showRow(boolean visible, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(visible);
            node.setManaged(visible);
        }
    }
}
