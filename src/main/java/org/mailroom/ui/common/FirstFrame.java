package org.mailroom.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Runs work once a newly shown scene's first frame is painted. */
public final class FirstFrame {

    private static final double NUDGED = 0.999;

    private FirstFrame() {
    }

    /**
     * Runs {@code then} on the FX thread once the renderer has finished painting the scene's first frame: work the
     * first frame doesn't show waits for this, and the start-up probe measures to it. The renderer paints a frame
     * while the next pulse runs, and a pulse only waits for it when it has something to draw itself; so the second
     * pulse is given something (the root's opacity, lowered by an invisible amount), the third marks the end and
     * sets it back (an opacity below 1 would make every later frame render through an extra buffer).
     */
    public static void whenPainted(Scene scene, Runnable then) {
        afterPulses(scene, 3, pulse -> {
            Node root = scene.getRoot();
            if (pulse == 2) {
                root.setOpacity(NUDGED);
            } else if (pulse == 3) {
                root.setOpacity(1);
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
