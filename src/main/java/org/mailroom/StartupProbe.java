package org.mailroom;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * {@code -Dmailroom.startupProbe=true}: prints {@code startup-ms N}, the time from JVM start to the
 * first rendered frame, and exits. The benchmark's bare JavaFX window measures itself the same way.
 */
public final class StartupProbe {

    public static final String PROPERTY = "mailroom.startupProbe";

    private StartupProbe() {
    }

    public static boolean isRequested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Reports once the scene's first frame is drawn: the toolkit renders a pulse's frame before it
     * starts the next pulse, so the second pulse after showing marks the first frame as done.
     */
    public static void reportFirstFrame(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            if (++pulses[0] == 1) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            long started = ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElseThrow();
            System.out.println("startup-ms " + (System.currentTimeMillis() - started));
            System.out.flush();
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
