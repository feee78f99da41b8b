package org.mailroom.ui.check;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.mailroom.text.Text;
import org.mailroom.ui.common.ModalWindows;
import org.mailroom.ui.common.ViewLoader;

/** Opens the Check configuration window. */
public final class CheckWindow {

    private CheckWindow() {
    }

    public static void open(CheckViewModel check) {
        Dialog<ButtonType> dialog = new Dialog<>();
        ModalWindows.prepare(dialog, Text.get("check.title"));
        dialog.getDialogPane().setContent(ViewLoader.load(new CheckView(check)));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.showAndWait();
    }
}
