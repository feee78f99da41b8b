package org.mailroom.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.transform.Translate;

/** Runs work once a newly shown scene's first frame is painted. */
public final class FirstFrame {

    private FirstFrame() {
    }

    /**
     * Runs {@code then} on the FX thread once the renderer has finished painting the scene's first frame: work the
     * first frame doesn't show waits for this, and the start-up probe measures to it. The renderer paints a frame
     * while the next pulse runs, and a pulse only waits for it when it has something to draw itself; so the second
     * pulse is given something small to draw (one small node gets a transform that moves nothing), and the third
     * begins once the first frame is painted. The transform goes again with the work, not in the third pulse, which
     * would then wait for the second frame too. Small, because whatever changes is painted again: a change to the
     * root would paint the whole window a second time before the work could start.
     */
    public static void whenPainted(Scene scene, Runnable then) {
        Watch watch = new Watch(scene, then);
        scene.addPostLayoutPulseListener(watch);
        Platform.requestNextPulse();
    }

    /** Follows the first shown child down to a node without children: what it draws is small. */
    static Node firstShownLeaf(Node node) {
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child.isVisible()) {
                    return firstShownLeaf(child);
                }
            }
        }
        return node;
    }

    /** Counts the pulses after the scene is shown; nudges a leaf in the second, hands over after the third. */
    private static final class Watch implements Runnable {
        private final Scene scene;
        private final Runnable then;
        private final Translate nothing = new Translate();
        private Node nudged;
        private int pulses;

        Watch(Scene scene, Runnable then) {
            this.scene = scene;
            this.then = then;
        }

        @Override
        public void run() {
            pulses++;
            if (pulses == 2) {
                nudged = firstShownLeaf(scene.getRoot());
                nudged.getTransforms().add(nothing);
            }
            if (pulses < 3) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(this);
            Platform.runLater(() -> {
                nudged.getTransforms().remove(nothing);
                then.run();
            });
        }
    }
}
