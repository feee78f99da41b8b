package org.mailroom.mail;

import java.util.concurrent.ThreadFactory;

/** Threads that never keep the JVM alive, named for what they do (seen in thread dumps and the log). */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    public static ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
