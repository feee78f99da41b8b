package org.mailroom.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.mailroom.detect.Candidate;
import org.mailroom.text.Text;
import org.mailroom.ui.applications.ApplicationsView;
import org.mailroom.ui.applications.ApplicationsViewModel;
import org.mailroom.ui.check.CheckView;
import org.mailroom.ui.check.CheckViewModel;
import org.mailroom.ui.detect.DetectServersView;
import org.mailroom.ui.detect.DetectServersViewModel;
import org.mailroom.ui.fromaddresses.FromAddressesView;
import org.mailroom.ui.fromaddresses.FromAddressesViewModel;
import org.mailroom.ui.mailboxes.MailboxEditorView;
import org.mailroom.ui.oauth.OAuthWizard;
import org.mailroom.ui.oauth.OAuthWizardView;
import org.mailroom.ui.mailboxes.MailboxEditorViewModel;
import org.mailroom.ui.servers.MailServersView;
import org.mailroom.ui.servers.MailServersViewModel;

/** Modal dialogs owned by the main window. */
public final class FxDialogService implements DialogService {

    private Window owner;
    private Consumer<Path> openFolder = folder -> { };
    private boolean dark;

    /** Dialogs have scenes of their own: they follow the main window's theme. */
    public void setDark(boolean dark) {
        this.dark = dark;
    }

    /** How to show a folder in the desktop's file manager (the application's host services). */
    public void setFolderOpener(Consumer<Path> opener) {
        this.openFolder = opener;
    }

    /** The window dialogs are centred on and block; set once the main window exists. */
    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, confirm, ButtonType.CANCEL);
        prepare(alert, title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        prepare(alert, title);
        alert.setHeaderText(null);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("errorMessage");
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        prepare(alert, title);
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    @Override
    public void showAbout(String text, Path logFolder) {
        ButtonType open = new ButtonType(Text.get("about.openLogs"), ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, open, ButtonType.CLOSE);
        prepare(alert, Text.get("about.title"));
        alert.setHeaderText(Text.get("app.title"));
        alert.showAndWait().filter(open::equals).ifPresent(pressed -> openFolder.accept(logFolder));
    }

    @Override
    public <T> Optional<List<T>> chooseEach(String title, String question, List<Choice<T>> rows, Function<T, String> describe) {
        ChoicesDialog<T> dialog = new ChoicesDialog<>(question, rows, describe);
        prepare(dialog, title);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(frontWindow().orElse(null))).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Text.get("files.filter.json"), "*.json"));
        return Optional.ofNullable(chooser.showOpenDialog(frontWindow().orElse(null))).map(java.io.File::toPath);
    }

    @Override
    public Optional<char[]> askPassword(String title, String prompt) {
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, title);
        PasswordField field = new PasswordField();
        field.setId("askPassword");
        Label label = new Label(prompt);
        label.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, label, field));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(ok -> field.getText().toCharArray());
    }

    @Override
    public Optional<String> askText(String title, String label) {
        TextInputDialog dialog = new TextInputDialog();
        prepare(dialog, title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        dialog.getEditor().setId("askText");
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public boolean editMailbox(MailboxEditorViewModel editor) {
        MailboxEditorView view = new MailboxEditorView(editor);
        Parent form = ViewLoader.load(view);
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, editor.title());
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(editor.validProperty().not());
        Platform.runLater(view.firstField()::requestFocus);
        return dialog.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public void manageMailServers(MailServersViewModel servers) {
        showManager(ViewLoader.load(new MailServersView(servers)), Text.get("servers.title"));
    }

    @Override
    public void manageApplications(ApplicationsViewModel applications) {
        showManager(ViewLoader.load(new ApplicationsView(applications)), Text.get("applications.title"));
    }

    @Override
    public void showCheck(CheckViewModel check) {
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, Text.get("check.title"));
        dialog.getDialogPane().setContent(ViewLoader.load(new CheckView(check, dialog::close)));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    @Override
    public boolean runOAuthWizard(OAuthWizard wizard) {
        OAuthWizardView view = new OAuthWizardView(wizard.pages(), wizard.verification());
        ViewLoader.load(view);
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, Text.get("wizard.title"));
        return view.showAndWait(dialog);
    }

    @Override
    public void manageFromAddresses(FromAddressesViewModel fromAddresses) {
        showManager(ViewLoader.load(new FromAddressesView(fromAddresses)), Text.get("from.title"));
    }

    @Override
    public Optional<Candidate> detectServers(DetectServersViewModel detection) {
        DetectServersView view = new DetectServersView(detection);
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, Text.get("detect.ui.title"));
        dialog.getDialogPane().setContent(ViewLoader.load(view));
        ButtonType use = new ButtonType(Text.get("detect.ui.use"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(use, ButtonType.CANCEL);
        Node useButton = dialog.getDialogPane().lookupButton(use);
        useButton.setId("useServerButton");
        useButton.disableProperty().bind(detection.canUseProperty().not());
        Platform.runLater(view.firstField()::requestFocus);
        Optional<ButtonType> pressed = dialog.showAndWait();
        detection.close();
        return pressed.filter(use::equals).flatMap(ok -> detection.chosen());
    }

    private void showManager(Parent content, String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    /** The window in front: a dialog opened from a dialog belongs to that dialog, not the main window. */
    private Optional<Window> frontWindow() {
        List<Window> showing = Window.getWindows().stream().filter(Window::isShowing).toList();
        Optional<Window> focused = showing.stream().filter(Window::isFocused).findFirst();
        return focused.or(() -> showing.isEmpty() ? Optional.ofNullable(owner) : Optional.of(showing.get(showing.size() - 1)));
    }

    private void prepare(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        dialog.initModality(Modality.WINDOW_MODAL);
        frontWindow().ifPresent(dialog::initOwner);
        dialog.setResizable(true);
        if (dark) {
            dialog.getDialogPane().getStylesheets().add(Theme.DARK_CSS);
        }
    }
}
