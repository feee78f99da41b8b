package org.mailroom.ui.common;

import java.util.Optional;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.mailroom.text.Text;

/**
 * A new password or passphrase, typed twice: OK asks the rule, and while the rule refuses, the dialog stays open
 * with the reason under the fields, so nothing typed is lost to a message box.
 */
final class NewPasswordDialog {

    private NewPasswordDialog() {
    }

    static Optional<char[]> ask(String title, String prompt, BiFunction<char[], char[], Optional<String>> rule) {
        Dialog<ButtonType> dialog = new Dialog<>();
        ModalWindows.prepare(dialog, title);
        PasswordField field = new PasswordField();
        field.setId("newPassword");
        PasswordField repeat = new PasswordField();
        repeat.setId("repeatPassword");
        Label label = new Label(prompt);
        label.setWrapText(true);
        Label problem = new Label();
        problem.setId("newPasswordProblem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        dialog.getDialogPane().setContent(new VBox(8, label, field, new Label(Text.get("dialog.newPassword.repeat")), repeat, problem));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, pressed -> {
            Optional<String> refused = rule.apply(field.getText().toCharArray(), repeat.getText().toCharArray());
            refused.ifPresent(reason -> {
                problem.setText(reason);
                pressed.consume(); // the dialog stays open
            });
        });
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(ok -> field.getText().toCharArray());
    }
}
