package org.mailroom.ui.mailboxes;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.mailroom.ui.common.ModalWindows;
import org.mailroom.ui.common.ViewLoader;

/** Opens the mailbox form. OK saves; the form closes only when the save succeeded, and keeps the edits otherwise. */
public final class MailboxEditorWindow {

    private MailboxEditorWindow() {
    }

    /** Shows the form and returns once it is closed (saved, or cancelled). */
    public static void open(MailboxEditorViewModel form) {
        MailboxEditorView view = new MailboxEditorView(form);
        Dialog<ButtonType> dialog = new Dialog<>();
        ModalWindows.prepare(dialog, form.title());
        dialog.getDialogPane().setContent(ViewLoader.load(view));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(form.validProperty().not().or(form.savingProperty()));
        ok.addEventFilter(ActionEvent.ACTION, pressed -> {
            pressed.consume(); // the dialog closes when the save says so, not when the button is pressed
            form.save(dialog::close);
        });
        Platform.runLater(view.firstField()::requestFocus);
        dialog.showAndWait();
    }
}
