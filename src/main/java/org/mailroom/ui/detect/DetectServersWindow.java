package org.mailroom.ui.detect;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.mailroom.detect.Candidate;
import org.mailroom.text.Text;
import org.mailroom.ui.common.ModalWindows;
import org.mailroom.ui.common.ViewLoader;

/** Opens the Detect servers window. */
public final class DetectServersWindow {

    private DetectServersWindow() {
    }

    /** The candidate the admin chose with "Use this server", empty when cancelled; detection stops either way. */
    public static Optional<Candidate> open(DetectServersViewModel detection) {
        DetectServersView view = new DetectServersView(detection);
        Dialog<ButtonType> dialog = new Dialog<>();
        ModalWindows.prepare(dialog, Text.get("detect.ui.title"));
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
}
