package org.mailroom.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

/** How every dialog of Mailroom is set up: titled, modal over the window in front, resizable. */
public final class ModalWindows {

    private ModalWindows() {
    }

    /** The window in front: a dialog opened from a dialog belongs to that dialog, not the main window. */
    public static Optional<Window> frontWindow() {
        List<Window> showing = Window.getWindows().stream().filter(Window::isShowing).toList();
        Optional<Window> focused = showing.stream().filter(Window::isFocused).findFirst();
        return focused.or(() -> showing.isEmpty() ? Optional.empty() : Optional.of(showing.get(showing.size() - 1)));
    }

    public static void prepare(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        dialog.initModality(Modality.WINDOW_MODAL);
        frontWindow().ifPresent(dialog::initOwner);
        dialog.setResizable(true);
    }

    /** A manager window: its content and a Close button; returns once it is closed. */
    public static void showManager(Parent content, String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.showAndWait();
    }
}
