package org.mailroom.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Light or dark: chosen in the View menu, or following the desktop. JavaFX 21 cannot ask the OS, so
 * "follow the system" reads what GTK desktops set in the environment (GTK_THEME "…:dark"); light otherwise.
 */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    /** Mailroom's one stylesheet, on every window. */
    public static final String APP_CSS = Theme.class.getResource("mailroom.css").toExternalForm();
    /** Redefines the few colours Modena and {@link #APP_CSS} derive everything else from. */
    public static final String DARK_CSS = Theme.class.getResource("dark.css").toExternalForm();

    private static boolean dark;
    private static boolean following;

    /** Whether this choice means dark on this desktop. */
    public boolean isDark(Map<String, String> environment) {
        return this == DARK || this == SYSTEM && environment.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT).contains("dark");
    }

    /**
     * Styles every window, open now or opened later (dialogs and alerts included), light or dark. Call on
     * the FX thread; the first call starts following {@link Window#getWindows()}.
     */
    public static void applyToAllWindows(boolean darkNow) {
        dark = darkNow;
        if (!following) {
            following = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(Theme::style);
                }
            });
        }
        List.copyOf(Window.getWindows()).forEach(Theme::style);
    }

    private static void style(Window window) {
        if (window.getScene() != null) {
            style(window.getScene());
        }
        window.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                style(scene);
            }
        });
    }

    /** The app sheet, and the dark one on top when dark. */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(0, APP_CSS);
        }
        scene.getStylesheets().remove(DARK_CSS);
        if (dark) {
            scene.getStylesheets().add(DARK_CSS);
        }
    }
}
