package org.mailroom;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Formatter;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import org.mailroom.store.PrivateFiles;

/**
 * Logging for the app, on the JDK's own java.util.logging (the SLF4J calls reach it through
 * slf4j-jdk14): {@code mailroom.0.log} in the log folder, rolled over at 5 MB with ten kept (50 MB in
 * all; a second Mailroom running at the same time writes {@code mailroom.0.log.1}), and warnings on the
 * console. JavaFX starts java.util.logging anyway, so this costs start-up almost
 * nothing; logback cost 0.3 s of CPU per start.
 *
 * <p>The launcher names this class in {@code java.util.logging.config.class}: the log manager builds
 * it when it starts, on whichever thread logs first, so no record ever reaches an unconfigured log.
 */
public final class LogConfigurator {

    static final String CONFIG_CLASS_PROPERTY = "java.util.logging.config.class";
    private static final int FILE_LIMIT_BYTES = 5 * 1024 * 1024;
    private static final int FILE_COUNT = 10;
    /** The file the handler writes first: {@code %g} is 0. */
    private static final String FIRST_FILE = "mailroom.0.log";

    /**
     * Called by the log manager; reads the folder from {@link Launcher#LOG_FOLDER_PROPERTY}. The data folder and the
     * log folder are made private first ({@link PrivateFiles}), and the first log file too, before the handler opens
     * it. When they cannot be made, the logs go to the console only: opening the workspace then says why, in words.
     */
    public LogConfigurator() throws IOException {
        String folder = System.getProperty(Launcher.LOG_FOLDER_PROPERTY);
        if (folder == null) {
            return;
        }
        Path logs = Path.of(folder).toAbsolutePath();
        try {
            PrivateFiles.folder(logs.getParent()); // the data folder
            PrivateFiles.folder(logs); // FileHandler doesn't create it
            PrivateFiles.createFile(logs.resolve(FIRST_FILE));
        } catch (IOException e) {
            LogManager.getLogManager().readConfiguration(asStream(consoleOnly()));
            return;
        }
        LogManager.getLogManager().readConfiguration(asStream(settings(folder)));
    }

    private static Properties consoleOnly() {
        Properties settings = new Properties();
        settings.setProperty("handlers", "java.util.logging.ConsoleHandler");
        settings.setProperty("java.util.logging.ConsoleHandler.level", "WARNING");
        return settings;
    }

    /** Makes the next start of java.util.logging in this JVM configure itself from this class. */
    static void install() {
        System.setProperty(CONFIG_CLASS_PROPERTY, LogConfigurator.class.getName());
    }

    static Properties settings(String folder) {
        Properties settings = new Properties();
        settings.setProperty("handlers", "java.util.logging.FileHandler, java.util.logging.ConsoleHandler");
        settings.setProperty(".level", "INFO");
        // In a FileHandler pattern "%" starts a placeholder and "/" separates folders on every OS.
        String pattern = folder.replace("%", "%%").replace('\\', '/') + "/mailroom.%g.log";
        settings.setProperty("java.util.logging.FileHandler.pattern", pattern);
        settings.setProperty("java.util.logging.FileHandler.limit", Integer.toString(FILE_LIMIT_BYTES));
        settings.setProperty("java.util.logging.FileHandler.count", Integer.toString(FILE_COUNT));
        settings.setProperty("java.util.logging.FileHandler.append", "true");
        settings.setProperty("java.util.logging.FileHandler.encoding", "UTF-8");
        settings.setProperty("java.util.logging.FileHandler.formatter", "java.util.logging.SimpleFormatter");
        settings.setProperty("java.util.logging.ConsoleHandler.level", "WARNING");
        settings.setProperty("java.util.logging.ConsoleHandler.formatter", ConsoleFormat.class.getName());
        // 2026-11-27 14:02:03.117 INFO    org.mailroom.Launcher - message, then the stack trace if any
        settings.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL %4$-7s %3$s - %5$s%6$s%n");
        return settings;
    }

    /**
     * The console shows what went wrong in one line and never a stack trace: a command's stderr is read by an
     * admin or a script; the trace is in the log file.
     */
    public static final class ConsoleFormat extends Formatter {

        @Override
        public String format(LogRecord record) {
            return record.getLevel().getName() + ": " + formatMessage(record) + System.lineSeparator();
        }
    }

    private static ByteArrayInputStream asStream(Properties settings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            settings.store(bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
