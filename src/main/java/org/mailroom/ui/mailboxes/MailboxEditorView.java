package org.mailroom.ui.mailboxes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.mailroom.domain.Cloud;
import org.mailroom.domain.Field;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.Violation;
import org.mailroom.text.Text;
import org.mailroom.ui.common.ConflictActions;
import org.mailroom.ui.common.ServerCell;
import org.mailroom.ui.common.ShownAs;

/** The inbound or outbound mailbox form; the view model decides which rows show and what is valid. */
public final class MailboxEditorView {

    private final MailboxEditorViewModel viewModel;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML private Label nameLabel;
    @FXML private TextField nameField;
    @FXML private Label fromAddressLabel;
    @FXML private ComboBox<String> fromAddressChoice;
    @FXML private Label maxSizeLabel;
    @FXML private TextField maxSizeField;
    @FXML private TextField loginField;
    @FXML private PasswordField passwordField;
    @FXML private ComboBox<MailboxKind> kindChoice;
    @FXML private Label passwordLabel;
    @FXML private Label serverLabel;
    @FXML private HBox serverRow;
    @FXML private ComboBox<MailServer> serverChoice;
    @FXML private Label ewsUrlLabel;
    @FXML private TextField ewsUrlField;
    @FXML private Label folderPathLabel;
    @FXML private TextField folderPathField;
    @FXML private Label cloudLabel;
    @FXML private ComboBox<Cloud> cloudChoice;
    @FXML private Label kindNote;
    @FXML private Button detectFromAddressButton;
    @FXML private Label problems;
    @FXML private Label signInNote;
    @FXML private HBox conflictActions;
    @FXML private Label comparison;

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
        bindFromAddress();
        bindKind();
        serverChoice.setItems(viewModel.endpoint().serverChoices());
        serverChoice.valueProperty().bindBidirectional(viewModel.endpoint().serverProperty());
        serverChoice.setCellFactory(list -> new ServerCell());
        serverChoice.setButtonCell(new ServerCell());

        showRow(viewModel.canDetectServers(), detectFromAddressButton);
        signInNote.textProperty().bind(viewModel.endpoint().signInNoteProperty());
        signInNote.managedProperty().bind(viewModel.endpoint().signInNoteProperty().isNotEmpty());
        signInNote.textProperty().addListener(changed -> fitWindow());
        showRow(viewModel.isInbound(), maxSizeLabel, maxSizeField);
        showRow(!viewModel.isInbound(), fromAddressLabel, fromAddressChoice);
        if (!viewModel.isNameEditable()) {
            nameField.getStyleClass().add("read-only");
        }

        decorate(nameField, Field.MAILBOX_NAME);
        decorate(fromAddressChoice.getEditor(), Field.FROM_ADDRESS);
        decorate(maxSizeField, Field.MAX_SIZE);
        decorate(loginField, Field.LOGIN);
        decorate(passwordField, Field.PASSWORD);
        decorate(serverChoice, Field.SERVER);
        decorate(kindChoice, Field.KIND);
        decorate(ewsUrlField, Field.EWS_URL);
        decorate(folderPathField, Field.FOLDER_PATH);
        decorate(cloudChoice, Field.CLOUD);
        viewModel.violationsProperty().addListener((o, before, now) -> showProblems());
        viewModel.refusalProperty().addListener((o, before, now) -> showProblems());
        showProblems();
        ConflictActions.bind(conflictActions, comparison, viewModel.conflict());
    }

    @FXML
    private void reloadTheirs() {
        viewModel.conflict().reload();
    }

    @FXML
    private void compareTheirs() {
        viewModel.conflict().compare();
    }

    /** The Type, and the rows of where the mailbox connects that this type has: only those show. */
    private void bindKind() {
        EndpointFields endpoint = viewModel.endpoint();
        kindChoice.getItems().setAll(endpoint.kinds());
        kindChoice.valueProperty().bindBidirectional(endpoint.kindProperty());
        kindChoice.setConverter(ShownAs.words());
        ewsUrlField.textProperty().bindBidirectional(endpoint.ewsUrlProperty());
        folderPathField.textProperty().bindBidirectional(endpoint.folderPathProperty());
        cloudChoice.getItems().setAll(endpoint.clouds());
        cloudChoice.valueProperty().bindBidirectional(endpoint.cloudProperty());
        cloudChoice.setConverter(ShownAs.words());
        Runnable showKind = () -> {
            MailboxKind kind = endpoint.kindProperty().get();
            boolean mail = kind == null || kind.usesMailServer();
            showRow(mail, serverLabel, serverRow);
            showRow(kind == MailboxKind.EWS, ewsUrlLabel, ewsUrlField, folderPathLabel, folderPathField);
            showRow(kind == MailboxKind.GRAPH, cloudLabel, cloudChoice);
            showRow(viewModel.hasPassword(), passwordLabel, passwordField);
            loginField.setPromptText(Text.get(kind == MailboxKind.GRAPH ? "editor.login.prompt.graph" : "editor.login.prompt"));
            kindNote.setText(kind == MailboxKind.GRAPH ? Text.get("editor.graph.note")
                    : kind == MailboxKind.EWS ? Text.get("editor.ews.note") : "");
            showRow(!kindNote.getText().isEmpty(), kindNote);
            fitWindow();
        };
        endpoint.kindProperty().addListener(changed -> showKind.run());
        showKind.run();
    }

    /** Rows come and go with the Type and a detected server's note: the window grows or shrinks to keep OK in view. */
    private void fitWindow() {
        Platform.runLater(() -> {
            if (kindNote.getScene() != null && kindNote.getScene().getWindow() != null) {
                kindNote.getScene().getWindow().sizeToScene();
            }
        });
    }

    /** The field the dialog should focus first. */
    public Node firstField() {
        return viewModel.isNameEditable() ? nameField : viewModel.isInbound() ? loginField : fromAddressChoice.getEditor();
    }

    /**
     * The From Address: type an address or pick one of the Business Attribute's values; the last
     * entry, "Add...", opens Manage Email Addresses, and its changes show in the list at once.
     */
    private void bindFromAddress() {
        String add = Text.get("editor.fromAddress.add");
        fromAddressChoice.getEditor().textProperty().bindBidirectional(viewModel.fromAddressProperty());
        Runnable refill = () -> {
            List<String> items = new ArrayList<>(viewModel.fromChoices().values().stream().map(FromAddress::address).toList());
            items.add(add);
            fromAddressChoice.getItems().setAll(items);
        };
        viewModel.fromChoices().values().addListener((ListChangeListener<FromAddress>) change -> refill.run());
        refill.run();
        fromAddressChoice.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String address, boolean empty) {
                super.updateItem(address, empty);
                setText(empty || address == null ? null
                        : viewModel.fromChoices().displayNameOf(address).map(name -> name + " <" + address + ">").orElse(address));
            }
        });
        // Choosing "Add..." puts its own words in the editor for a moment: remember the address that was there.
        String[] lastAddress = {viewModel.fromAddressProperty().get()};
        viewModel.fromAddressProperty().addListener((o, before, now) -> {
            if (!add.equals(now)) {
                lastAddress[0] = now;
            }
        });
        fromAddressChoice.valueProperty().addListener((o, before, chosen) -> {
            if (add.equals(chosen)) {
                String kept = lastAddress[0] == null ? "" : lastAddress[0];
                Platform.runLater(() -> {
                    fromAddressChoice.setValue(kept);
                    viewModel.manageFromAddresses(kept);
                    fromAddressChoice.setValue(viewModel.fromAddressProperty().get());
                });
            }
        });
    }

    @FXML
    private void detectServers() {
        viewModel.detectServers();
    }

    private void decorate(Control control, Field field) {
        // The view model is updated first (bindings are registered before), so its verdict is current.
        validation.registerValidator(control, false, (Control c, Object value) ->
                ValidationResult.fromMessageIf(c, viewModel.violation(field).map(Violation::ruleText).orElse(""),
                        org.controlsfx.validation.Severity.ERROR, viewModel.violation(field).isPresent()));
    }

    /** What keeps OK from working: the fields' rules, or why the workspace refused the last OK. */
    private void showProblems() {
        String refusal = viewModel.refusalProperty().get();
        problems.setText(!refusal.isEmpty() ? refusal
                : viewModel.violationsProperty().get().values().stream().map(Violation::message).collect(Collectors.joining("\n")));
    }

    private static void showRow(boolean visible, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(visible);
            node.setManaged(visible);
        }
    }
}
