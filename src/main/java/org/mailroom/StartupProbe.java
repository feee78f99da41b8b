package org.mailroom;

import java.lang.management.ManagementFactory;

/**
 * {@code -Dmailroom.startupProbe=true}: once the main window's first frame is drawn, the app prints
 * {@code startup-ms N}, the time from JVM start to then, and exits. A native launcher's own work before
 * it starts the JVM is not in it. The benchmark's bare JavaFX window reports the same way.
 */
public final class StartupProbe {

    public static final String PROPERTY = "mailroom.startupProbe";

    private StartupProbe() {
    }

    public static boolean isRequested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Prints the line; call it when the first frame is drawn. */
    public static void report() {
        // The JVM's own start time: the process start time Linux gives is only whole seconds past boot.
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("startup-ms " + (System.currentTimeMillis() - started));
        System.out.flush();
    }
}
