package org.mailroom.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work once a newly shown scene's first frame is on the screen. */
public final class FirstFrame {

    private FirstFrame() {
    }

    /**
     * Runs {@code then} on the FX thread once the scene's first frame is drawn: the toolkit renders a
     * pulse's frame before it starts the next pulse, so the second pulse after this call marks it done.
     * Work that the first frame doesn't show waits for this, so it doesn't compete with the drawing.
     */
    public static void whenDrawn(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            if (++pulses[0] == 1) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
