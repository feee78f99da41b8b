package org.mailroom;

import java.lang.management.ManagementFactory;
import javafx.scene.Scene;
import org.mailroom.ui.common.FirstFrame;

/**
 * {@code -Dmailroom.startupProbe=true}: prints {@code startup-ms N}, the time from JVM start to the
 * first rendered frame, and exits; a native launcher's own work before it starts the JVM is not in
 * it. The benchmark's bare JavaFX window measures itself the same way.
 */
public final class StartupProbe {

    public static final String PROPERTY = "mailroom.startupProbe";

    private StartupProbe() {
    }

    public static boolean isRequested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Reports once the scene's first frame is drawn, then runs {@code then}. */
    public static void reportFirstFrame(Scene scene, Runnable then) {
        FirstFrame.whenDrawn(scene, () -> {
            // The JVM's own start time: the process start time Linux gives is only whole seconds past boot.
            long started = ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("startup-ms " + (System.currentTimeMillis() - started));
            System.out.flush();
            then.run();
        });
    }
}
