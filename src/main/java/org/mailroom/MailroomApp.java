package org.mailroom;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.mailroom.store.WorkspaceReadOnlyException;
import org.mailroom.text.Text;
import org.mailroom.ui.common.ErrorHandler;

/** The JavaFX application: shows the main window once its workspace is open, closes it after the last. */
public final class MailroomApp extends Application {

    /**
     * The app being built, and its workspace opened, on a thread of its own while the toolkit starts:
     * the two come up side by side. {@link Application#launch} takes only strings, hence this one
     * hand-over field.
     */
    private static volatile CompletableFuture<Mailroom> starting;

    private volatile Mailroom mailroom;

    static void launch(AppPaths paths, String[] args) {
        starting = CompletableFuture.supplyAsync(() -> WorkspaceArgument.openWindow(paths, args, System.getenv()), runnable -> {
            Thread thread = new Thread(runnable, "mailroom-build");
            thread.setDaemon(true);
            thread.start();
        });
        Application.launch(MailroomApp.class, args);
    }

    /** Runs on the launcher thread: waiting for the app to be built never blocks the FX thread. */
    @Override
    public void init() {
        mailroom = starting.join();
    }

    @Override
    public void start(Stage stage) {
        new ErrorHandler(AppPaths.forThisMachine().logFolder()).install();
        show(stage);
    }

    private void show(Stage stage) {
        mailroom.useHostServices(getHostServices());
        // The probe times the frame the window's own first-frame work waits for: the one the bare window's probe times.
        Runnable painted = StartupProbe.isRequested() ? MailroomApp::reportAndExit : () -> { };
        mailroom.showMainWindow(stage, painted).whenCompleteAsync((shown, failure) -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause instanceof WorkspaceReadOnlyException readOnly) {
                offerReadOnly(stage, readOnly);
            } else if (failure != null) {
                refuseToStart(cause);
            }
        }, Platform::runLater);
    }

    private static void reportAndExit() {
        StartupProbe.report();
        Platform.exit();
    }

    /** The data folder may not be written: say so, and open the workspace read-only if the admin wants to. */
    private void offerReadOnly(Stage stage, WorkspaceReadOnlyException readOnly) {
        ButtonType open = new ButtonType(Text.get("app.readOnly.open"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, readOnly.getMessage(), open,
                new ButtonType(Text.get("app.readOnly.quit"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.setTitle(Text.get("app.title"));
        alert.setHeaderText(Text.get("app.readOnly.header"));
        if (alert.showAndWait().filter(open::equals).isEmpty()) {
            Platform.exit();
            return;
        }
        Mailroom writable = mailroom;
        CompletableFuture.supplyAsync(writable::reopenReadOnly, runnable -> new Thread(runnable, "mailroom-reopen").start())
                .thenAcceptAsync(reopened -> {
                    mailroom = reopened;
                    show(stage);
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
