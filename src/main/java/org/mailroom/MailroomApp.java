package org.mailroom;

import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.mailroom.text.Text;
import org.mailroom.ui.common.ErrorHandler;

/** The JavaFX application: shows the main window once its workspace is open, closes it after the last. */
public final class MailroomApp extends Application {

    /**
     * The app, already opening its workspace: the launcher starts that before the toolkit so the
     * file and the toolkit come up side by side. {@link Application#launch} takes only strings,
     * hence this one hand-over field.
     */
    private static volatile Mailroom starting;

    private Mailroom mailroom;

    static void launch(AppPaths paths, String[] args) {
        starting = Mailroom.open(paths);
        Application.launch(MailroomApp.class, args);
    }

    @Override
    public void init() {
        mailroom = starting;
    }

    @Override
    public void start(Stage stage) {
        new ErrorHandler(AppPaths.forThisMachine().logFolder()).install();
        mailroom.useHostServices(getHostServices());
        mailroom.showMainWindow(stage).whenCompleteAsync((shown, failure) -> {
            if (failure != null) {
                refuseToStart(failure instanceof CompletionException ? failure.getCause() : failure);
            } else if (StartupProbe.isRequested()) {
                StartupProbe.reportFirstFrame(stage.getScene(), Platform::exit);
            }
        }, Platform::runLater);
    }

    /** The workspace can't be opened (in use, damaged...): say why, in words, and quit. */
    private static void refuseToStart(Throwable failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, failure.getMessage());
        alert.setTitle(Text.get("app.title"));
        alert.setHeaderText(Text.get("app.cannotOpen"));
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        mailroom.close();
    }
}
