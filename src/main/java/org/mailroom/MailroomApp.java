package org.mailroom;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.mailroom.store.StoreException;
import org.mailroom.text.Text;

/** The JavaFX application: opens the workspace before the first window, closes it after the last. */
public final class MailroomApp extends Application {

    private Mailroom mailroom;
    private StoreException openFailure;

    /** Runs on the launcher thread, so opening the database never blocks the FX thread. */
    @Override
    public void init() {
        try {
            mailroom = Mailroom.open(AppPaths.forThisMachine());
        } catch (StoreException e) {
            openFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (openFailure != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, openFailure.getMessage());
            alert.setTitle(Text.get("app.title"));
            alert.setHeaderText(Text.get("app.cannotOpen"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        mailroom.showMainWindow(stage);
    }

    @Override
    public void stop() {
        if (mailroom != null) {
            mailroom.close();
        }
    }
}
