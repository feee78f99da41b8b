package org.mailroom.ui.common;

import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;

/**
 * Light or dark: chosen in the View menu, or following the desktop. JavaFX 21 cannot ask the OS, so
 * "follow the system" reads what GTK desktops set in the environment (GTK_THEME "…:dark"); light otherwise.
 */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    /** A few colours Modena derives everything else from. */
    public static final String DARK_CSS = Theme.class.getResource("dark.css").toExternalForm();

    /** Whether this choice means dark on this desktop. */
    public boolean isDark(Map<String, String> environment) {
        return this == DARK || this == SYSTEM && environment.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT).contains("dark");
    }

    /** Adds or removes the dark sheet on a scene. */
    public static void style(Scene scene, boolean dark) {
        scene.getStylesheets().remove(DARK_CSS);
        if (dark) {
            scene.getStylesheets().add(DARK_CSS);
        }
    }
}
