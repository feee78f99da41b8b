package org.mailroom.ui.common;

import java.io.InputStream;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app icon in the sizes the desktop picks from, when the build ships them. */
public final class Icons {

    private static final List<String> SIZES = List.of("16", "32", "64", "256");

    private Icons() {
    }

    public static void apply(Stage stage) {
        for (String size : SIZES) {
            InputStream png = Icons.class.getResourceAsStream("/org/mailroom/icons/mailroom-" + size + ".png");
            if (png != null) {
                stage.getIcons().add(new Image(png));
            }
        }
    }
}
