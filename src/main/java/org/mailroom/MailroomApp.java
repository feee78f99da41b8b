package org.mailroom;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.mailroom.store.StoreException;
import org.mailroom.text.Text;

/** The JavaFX application: opens the workspace before the first window, closes it after the last. */
public final class MailroomApp extends Application {

    /**
     * The workspace being opened. The launcher starts opening it before the toolkit starts, so that
     * the database and the toolkit come up side by side; {@link Application#launch} takes only
     * strings, hence this one hand-over field.
     */
    private static volatile CompletableFuture<Mailroom> opening;

    private Mailroom mailroom;
    private RuntimeException openFailure;

    static void launch(AppPaths paths, String[] args) {
        opening = CompletableFuture.supplyAsync(() -> Mailroom.open(paths), runnable -> {
            Thread thread = new Thread(runnable, "mailroom-open");
            thread.setDaemon(true);
            thread.start();
        });
        Application.launch(MailroomApp.class, args);
    }

    /** Runs on the launcher thread: waiting for the workspace never blocks the FX thread. */
    @Override
    public void init() {
        try {
            mailroom = opening.join();
        } catch (CompletionException e) {
            openFailure = e.getCause() instanceof StoreException store ? store : e;
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
        if (StartupProbe.isRequested()) {
            StartupProbe.reportFirstFrame(stage.getScene(), Platform::exit);
        }
    }

    @Override
    public void stop() {
        if (mailroom != null) {
            mailroom.close();
        }
    }
}
