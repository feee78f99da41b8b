package org.mailroom.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app icon in the sizes the desktop picks from, when the build ships them. */
public final class Icons {

    private static final List<String> SIZES = List.of("16", "32", "64", "256");

    private Icons() {
    }

    /**
     * Decodes the icons on a thread of its own, then puts them on the stage: the window need not wait
     * for four PNGs to show.
     */
    public static CompletableFuture<Void> applyWhenLoaded(Stage stage) {
        return CompletableFuture.supplyAsync(Icons::load, runnable -> {
            Thread thread = new Thread(runnable, "mailroom-icons");
            thread.setDaemon(true);
            thread.start();
        }).thenAcceptAsync(stage.getIcons()::setAll, Platform::runLater);
    }

    /** Needs the toolkit started; any thread. */
    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (String size : SIZES) {
            try (InputStream png = Icons.class.getResourceAsStream("/org/mailroom/icons/mailroom-" + size + ".png")) {
                if (png != null) {
                    icons.add(new Image(png));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return icons;
    }
}
