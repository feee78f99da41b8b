package org.mailroom.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Runs work once a newly shown scene's first frame is drawn. */
public final class FirstFrame {

    private FirstFrame() {
    }

    /**
     * Runs {@code then} on the FX thread at the pulse after the one that laid out and sent off the
     * scene's first frame. Work the first frame doesn't show waits for this, so it doesn't hold the
     * frame up.
     */
    public static void whenDrawn(Scene scene, Runnable then) {
        afterPulses(scene, 2, pulse -> { }, then);
    }

    /**
     * Stricter, for measuring: runs {@code then} once the renderer has finished painting the first
     * frame. The renderer paints a frame while the next pulse runs, and a pulse only waits for it when
     * it has something to draw itself; so the second pulse is given something (the root's opacity,
     * changed by an invisible amount) and the third marks the end.
     */
    public static void whenPainted(Scene scene, Runnable then) {
        afterPulses(scene, 3, pulse -> {
            if (pulse == 2) {
                Node root = scene.getRoot();
                root.setOpacity(root.getOpacity() == 1 ? 0.999 : 1);
            }
        }, then);
    }

    private interface PulseStep {
        void at(int pulse);
    }

    private static void afterPulses(Scene scene, int pulses, PulseStep step, Runnable then) {
        Runnable[] listener = new Runnable[1];
        int[] seen = {0};
        listener[0] = () -> {
            int pulse = ++seen[0];
            step.at(pulse);
            if (pulse < pulses) {
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
