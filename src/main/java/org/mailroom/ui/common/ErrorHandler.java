package org.mailroom.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.mailroom.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: an error nobody handled is logged once and shown as a readable dialog
 * with "Copy details" and where the log is; the app keeps running.
 */
public final class ErrorHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    private final Path logFolder;

    public ErrorHandler(Path logFolder) {
        this.logFolder = logFolder;
    }

    /** Installs the handler for every thread, the FX thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(this));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Unexpected error on {}", thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    private void show(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        ButtonType copy = new ButtonType(Text.get("error.copyDetails"), ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.ERROR,
                Text.get("error.unhandled", logFolder), copy, ButtonType.CLOSE);
        alert.setTitle(Text.get("error.title"));
        alert.setHeaderText(Text.get("error.header"));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        alert.getDialogPane().setExpandableContent(details);
        alert.showAndWait().filter(copy::equals).ifPresent(pressed -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(trace.toString());
            Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
