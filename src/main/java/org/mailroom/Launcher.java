package org.mailroom;

import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point. Paths and logging come first, then the toolkit; keeping {@code main} out of the
 * {@link Application} subclass lets the app start from a plain classpath.
 */
public final class Launcher {

    /** System property logback reads to find the log folder. */
    static final String LOG_FOLDER_PROPERTY = "mailroom.logs";

    private Launcher() {
    }

    public static void main(String[] args) {
        AppPaths paths = AppPaths.forThisMachine();
        System.setProperty(LOG_FOLDER_PROPERTY, paths.logFolder().toString());
        Logger log = LoggerFactory.getLogger(Launcher.class);
        log.info("Mailroom {} starting: data folder {}, log folder {}", version(), paths.dataFolder(), paths.logFolder());
        Application.launch(MailroomApp.class, args);
    }

    static String version() {
        String version = Launcher.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
