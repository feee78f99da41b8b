package org.mailroom.ui.oauth;

import java.io.File;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.mailroom.domain.Mailbox;
import org.mailroom.oauth.AccountType;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.text.Text;
import org.mailroom.ui.common.ShownAs;
import org.mailroom.ui.oauth.OAuthTexts.Format;

/** The OAuth 2.0 wizard: six pages over one view model; Next stays disabled until a page is valid. */
public final class OAuthWizardView {

    private final OAuthWizardViewModel viewModel;
    private final TokenVerificationViewModel verification;

    @FXML private VBox scopePage;
    @FXML private VBox registerPage;
    @FXML private VBox permissionsPage;
    @FXML private VBox settingsPage;
    @FXML private VBox verifyPage;
    @FXML private VBox migrationPage;
    @FXML private ListView<OAuthWizardViewModel.Choice> mailboxList;
    @FXML private ComboBox<Mailbox> testMailboxChoice;
    @FXML private Label scopeProblem;
    @FXML private CheckBox imapBox;
    @FXML private CheckBox pop3Box;
    @FXML private CheckBox ewsBox;
    @FXML private CheckBox smtpBox;
    @FXML private CheckBox graphBox;
    @FXML private ToggleGroup grantGroup;
    @FXML private RadioButton passwordGrant;
    @FXML private RadioButton clientCredentials;
    @FXML private Label notesLabel;
    @FXML private TextField nameField;
    @FXML private TextField clientIdField;
    @FXML private TextField tenantField;
    @FXML private ComboBox<Cloud> cloudChoice;
    @FXML private ComboBox<AccountType> accountTypeChoice;
    @FXML private Label registrationProblems;
    @FXML private TextArea permissionsText;
    @FXML private TextArea manifestText;
    @FXML private TextArea pastedManifest;
    @FXML private Label manifestFindings;
    @FXML private TextField enterpriseObjectIdField;
    @FXML private TextField servicePrincipalIdField;
    @FXML private HBox accessPolicyRow;
    @FXML private CheckBox accessPoliciesBox;
    @FXML private TextField accessPolicyGroupField;
    @FXML private TextField secretExpiresField;
    @FXML private TextArea powerShellText;
    @FXML private VBox checklistBox;
    @FXML private Label secretLabel;
    @FXML private PasswordField secretField;
    @FXML private Button verifyButton;
    @FXML private Button cancelVerifyButton;
    @FXML private ProgressIndicator verifyProgress;
    @FXML private TextArea verifyResult;
    @FXML private TextArea migrationText;
    @FXML private Label migrationMessage;

    public OAuthWizardView(OAuthWizardViewModel viewModel, TokenVerificationViewModel verification) {
        this.viewModel = viewModel;
        this.verification = verification;
    }

    @FXML
    private void initialize() {
        mailboxList.setItems(viewModel.mailboxes());
        mailboxList.setCellFactory(CheckBoxListCell.forListView(OAuthWizardViewModel.Choice::chosen,
                new ShownAs<>(choice -> nameAndLogin(choice.mailbox()))));
        testMailboxChoice.getItems().setAll(viewModel.mailboxes().stream().map(OAuthWizardViewModel.Choice::mailbox).toList());
        testMailboxChoice.setConverter(new ShownAs<>(OAuthWizardView::nameAndLogin));
        scopeProblem.textProperty().bind(viewModel.scopeProblemProperty());
        testMailboxChoice.valueProperty().bindBidirectional(viewModel.testMailboxProperty());
        Map.of(OAuthProtocol.IMAP, imapBox, OAuthProtocol.POP3, pop3Box, OAuthProtocol.EWS, ewsBox,
                OAuthProtocol.SMTP, smtpBox, OAuthProtocol.GRAPH, graphBox)
                .forEach((protocol, box) -> box.selectedProperty().bindBidirectional(viewModel.protocol(protocol)));
        passwordGrant.setUserData(GrantType.PASSWORD);
        clientCredentials.setUserData(GrantType.CLIENT_CREDENTIALS);
        grantGroup.selectToggle(viewModel.grantProperty().get() == GrantType.PASSWORD ? passwordGrant : clientCredentials);
        grantGroup.selectedToggleProperty().addListener((o, before, now) -> {
            if (now != null) {
                viewModel.grantProperty().set((GrantType) now.getUserData());
            }
        });
        viewModel.grantProperty().addListener((o, before, now) ->
                grantGroup.selectToggle(now == GrantType.PASSWORD ? passwordGrant : clientCredentials));
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        clientIdField.textProperty().bindBidirectional(viewModel.clientIdProperty());
        tenantField.textProperty().bindBidirectional(viewModel.tenantProperty());
        cloudChoice.getItems().setAll(Cloud.values());
        cloudChoice.setConverter(ShownAs.words());
        cloudChoice.valueProperty().bindBidirectional(viewModel.cloudProperty());
        accountTypeChoice.getItems().setAll(AccountType.values());
        accountTypeChoice.setConverter(ShownAs.words());
        accountTypeChoice.valueProperty().bindBidirectional(viewModel.accountTypeProperty());
        enterpriseObjectIdField.textProperty().bindBidirectional(viewModel.enterpriseObjectIdProperty());
        servicePrincipalIdField.textProperty().bindBidirectional(viewModel.servicePrincipalIdProperty());
        pastedManifest.textProperty().bindBidirectional(viewModel.pastedManifestProperty());
        manifestFindings.textProperty().bind(viewModel.manifestFindingsProperty());
        ChecklistBoxes.follow(checklistBox, viewModel.checklist());
        secretExpiresField.textProperty().bindBidirectional(viewModel.checklist().secretExpiresProperty());
        enterpriseObjectIdField.textProperty().addListener(changed -> refreshTexts());
        servicePrincipalIdField.textProperty().addListener(changed -> refreshTexts());
        accessPolicyRow.visibleProperty().bind(viewModel.webApisAppOnly());
        accessPolicyRow.managedProperty().bind(accessPolicyRow.visibleProperty());
        accessPoliciesBox.selectedProperty().bindBidirectional(viewModel.accessPoliciesProperty());
        accessPolicyGroupField.textProperty().bindBidirectional(viewModel.accessPolicyGroupProperty());
        accessPolicyGroupField.disableProperty().bind(accessPoliciesBox.selectedProperty().not());
        accessPoliciesBox.selectedProperty().addListener(changed -> refreshTexts());
        accessPolicyGroupField.textProperty().addListener(changed -> refreshTexts());
        viewModel.registrationCheckProperty().addListener(changed -> refreshTexts());
        secretField.textProperty().bindBidirectional(verification.secretProperty());
        verifyButton.disableProperty().bind(verification.runningProperty());
        cancelVerifyButton.visibleProperty().bind(verification.runningProperty());
        verifyProgress.visibleProperty().bind(verification.runningProperty());
        verifyResult.textProperty().bind(verification.resultProperty());
        migrationMessage.textProperty().bind(viewModel.messageProperty());
        refreshTexts();
    }

    /**
     * Shows the wizard modally, on the page where the admin left it; true when Finish registered the app.
     * Finish closes the wizard only once the registration is stored; a refusal stays on the page with the
     * reason. A dialog of its own rather than ControlsFX's Wizard, which can only start on page one.
     */
    public boolean showAndWait(Dialog<ButtonType> dialog) {
        List<VBox> pages = List.of(scopePage, registerPage, permissionsPage, settingsPage, verifyPage, migrationPage);
        List<String> headers = List.of("wizard.page.scope", "wizard.page.register", "wizard.page.permissions",
                "wizard.page.settings", "wizard.page.verify", "wizard.page.migration");
        ButtonType back = new ButtonType(Text.get("wizard.back"), ButtonData.BACK_PREVIOUS);
        ButtonType next = new ButtonType(Text.get("wizard.next"), ButtonData.NEXT_FORWARD);
        ButtonType finish = new ButtonType(Text.get("wizard.finish"), ButtonData.FINISH);
        dialog.getDialogPane().getButtonTypes().setAll(back, next, finish, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(root());
        IntegerProperty page = viewModel.pageProperty();
        Runnable show = () -> {
            for (int i = 0; i < pages.size(); i++) {
                pages.get(i).setVisible(i == page.get());
            }
            dialog.getDialogPane().setHeaderText(Text.get("wizard.step", page.get() + 1, pages.size(), Text.get(headers.get(page.get()))));
            secretLabel.setText(verification.secretPrompt());
            refreshTexts();
        };
        page.addListener(changed -> {
            show.run();
            viewModel.saveDraft();
        });
        show.run();
        Node backButton = dialog.getDialogPane().lookupButton(back);
        Node nextButton = dialog.getDialogPane().lookupButton(next);
        Node finishButton = dialog.getDialogPane().lookupButton(finish);
        backButton.disableProperty().bind(page.isEqualTo(0));
        nextButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> page.get() == pages.size() - 1 || !viewModel.pageValid(page.get()).get(),
                Stream.concat(Stream.of(page), IntStream.range(0, pages.size()).mapToObj(viewModel::pageValid)).toArray(Observable[]::new)));
        finishButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> page.get() != pages.size() - 1 || !viewModel.pageValid(page.get()).get(),
                Stream.concat(Stream.of(page), IntStream.range(0, pages.size()).mapToObj(viewModel::pageValid)).toArray(Observable[]::new)));
        // Back and Next move between pages instead of closing the dialog.
        backButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            page.set(page.get() - 1);
        });
        nextButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            page.set(page.get() + 1);
        });
        finishButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.finish(() -> {
                dialog.setResult(finish);
                dialog.close();
            });
        });
        return dialog.showAndWait().filter(finish::equals).isPresent();
    }

    private void refreshTexts() {
        OAuthTexts texts = viewModel.texts();
        notesLabel.setText(texts.notes());
        registrationProblems.setText(viewModel.texts().registrationProblems());
        permissionsText.setText(texts.permissions());
        manifestText.setText(texts.manifest());
        powerShellText.setText(texts.powerShell());
        migrationText.setText(texts.migration(Format.TEXT));
    }

    @FXML
    private void copyManifest() {
        copy(viewModel.texts().manifest());
    }

    @FXML
    private void confirmIds() {
        viewModel.confirmManifestIds();
    }

    @FXML
    private void checkManifest() {
        viewModel.checkManifest();
    }

    @FXML
    private void verify() {
        verification.verify();
    }

    @FXML
    private void cancelVerify() {
        verification.cancel();
    }

    @FXML
    private void copyMigrationText() {
        copy(viewModel.texts().migration(Format.TEXT));
    }

    @FXML
    private void copyMigrationCsv() {
        copy(viewModel.texts().migration(Format.CSV));
    }

    @FXML
    private void copyMigrationJson() {
        copy(viewModel.texts().migration(Format.JSON));
    }

    @FXML
    private void saveMigrationCsv() {
        save(Format.CSV, "migration-request.csv");
    }

    @FXML
    private void saveMigrationJson() {
        save(Format.JSON, "migration-request.json");
    }

    private void save(Format format, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Text.get("wizard.page.migration"));
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(migrationText.getScene().getWindow());
        if (file != null) {
            viewModel.saveMigration(format, file.toPath());
        }
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private Parent root() {
        return scopePage.getParent();
    }

    /** "support@contoso.com  (support@contoso.com)": which mailbox, and the account it signs in as. */
    private static String nameAndLogin(Mailbox mailbox) {
        return mailbox.name() + "  (" + mailbox.login() + ")";
    }
}
