package org.mailroom.ui.workspace;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.mailroom.text.Text;
import org.mailroom.ui.common.ModalWindows;
import org.mailroom.ui.common.ViewLoader;

/**
 * Opens Workspace ▸ Connect to a team workspace…. Connect closes it only once the team workspace is in the window;
 * Close while connecting stops the attempt first.
 */
public final class TeamConnectWindow {

    private TeamConnectWindow() {
    }

    /** Shows the dialog and returns once it is closed. */
    public static void open(TeamConnectViewModel connect) {
        TeamConnectView view = new TeamConnectView(connect);
        Dialog<ButtonType> dialog = new Dialog<>();
        ModalWindows.prepare(dialog, Text.get("team.connect.title"));
        dialog.getDialogPane().setContent(ViewLoader.load(view));
        ButtonType connectButton = new ButtonType(Text.get("team.connect.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(connectButton, ButtonType.CLOSE);
        Node ok = dialog.getDialogPane().lookupButton(connectButton);
        ok.setId("connectButton");
        ok.disableProperty().bind(connect.validProperty().not().or(connect.connectingProperty()));
        ok.addEventFilter(ActionEvent.ACTION, pressed -> {
            pressed.consume(); // closes when the workspace is shown, not when the button is pressed
            connect.connect(dialog::close);
        });
        dialog.setOnCloseRequest(closing -> connect.cancel());
        // a sentence that appears (a refusal, the note on remembering, the progress line) makes the dialog taller, never cut
        for (javafx.beans.Observable grows : new javafx.beans.Observable[] {connect.failureProperty(), connect.rememberNoteProperty(),
                connect.problemProperty(), connect.connectingProperty()}) {
            grows.addListener(changed -> Platform.runLater(() -> {
                javafx.scene.Scene scene = dialog.getDialogPane().getScene();
                if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
                    scene.getWindow().sizeToScene(); // not once Connect has closed it
                }
            }));
        }
        Platform.runLater(() -> view.firstField().requestFocus());
        dialog.showAndWait();
    }
}
