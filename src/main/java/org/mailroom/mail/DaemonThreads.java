package org.mailroom.mail;

import java.util.concurrent.ThreadFactory;

/** Threads that never keep the JVM alive, named for what they do (seen in thread dumps and the log). */
final class DaemonThreads {

    private DaemonThreads() {
    }

    static ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
