package org.mailroom.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.mailroom.text.Text;

/** The generic dialogs (questions, messages, files, passwords), modal over the window in front. */
public final class FxDialogService implements DialogService {

    private Consumer<Path> openFolder = folder -> { };

    /** How to show a folder in the desktop's file manager (the application's host services). */
    public void setFolderOpener(Consumer<Path> opener) {
        this.openFolder = opener;
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, confirm, ButtonType.CANCEL);
        prepare(alert, title);
        alert.setHeaderText(null);
        // What is confirmed deletes, overwrites or reveals something: Enter must not do it, only a click.
        ((Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public <T> Optional<T> choose(String title, String question, List<T> answers, Function<T, String> describe) {
        List<ButtonType> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            buttons.add(new ButtonType(describe.apply(answers.get(i)), i == 0 ? ButtonData.OK_DONE : ButtonData.OTHER));
        }
        buttons.add(ButtonType.CANCEL);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, buttons.toArray(ButtonType[]::new));
        prepare(alert, title);
        alert.setHeaderText(null);
        return alert.showAndWait().map(buttons::indexOf).filter(index -> index >= 0 && index < answers.size()).map(answers::get);
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
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(frontWindow().orElse(null))).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseCertificateFile(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Text.get("files.filter.certificates"), "*.pem", "*.crt", "*.cer"),
                new FileChooser.ExtensionFilter(Text.get("files.filter.all"), "*"));
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
    public Optional<char[]> askNewPassword(String title, String prompt, BiFunction<char[], char[], Optional<String>> rule) {
        return NewPasswordDialog.ask(title, prompt, rule);
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

    private static Optional<Window> frontWindow() {
        return ModalWindows.frontWindow();
    }

    private static void prepare(Dialog<?> dialog, String title) {
        ModalWindows.prepare(dialog, title);
    }
}
