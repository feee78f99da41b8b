package org.mailroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogConfiguratorTest {

    @TempDir
    Path folder;

    @AfterEach
    void restoreTestLogging() throws Exception {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.close();
        }
        System.clearProperty(Launcher.LOG_FOLDER_PROPERTY);
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void slf4jRecordsGoToTheRollingFileInTheLogFolderWithLevelAndLogger() throws Exception {
        Path logs = folder.resolve("data").resolve("100% logs"); // not there yet: a first start
        System.setProperty(Launcher.LOG_FOLDER_PROPERTY, logs.toString());

        new LogConfigurator();
        LoggerFactory.getLogger(LogConfiguratorTest.class).info("Workspace opened: {} mailboxes", 12);
        LoggerFactory.getLogger(LogConfiguratorTest.class).debug("not at the default level");
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }

        String written = Files.readString(logs.resolve("mailroom.0.log"), StandardCharsets.UTF_8);
        assertThat(written).contains("INFO    org.mailroom.LogConfiguratorTest - Workspace opened: 12 mailboxes")
                .doesNotContain("not at the default level");
        assertThat(written).matches("(?s)\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} .*");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theDataFolderTheLogFolderAndTheLogAreTheOwnersAlone() throws Exception {
        Path data = folder.resolve("data");
        Files.createDirectories(data.resolve("logs"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x")); // as Mailroom 0.1 made it
        System.setProperty(Launcher.LOG_FOLDER_PROPERTY, data.resolve("logs").toString());

        new LogConfigurator();
        LoggerFactory.getLogger(LogConfiguratorTest.class).info("started");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("logs")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("logs").resolve("mailroom.0.log"))))
                .isEqualTo("rw-------");
    }

    @Test
    void theFileRollsAtFiveMegabytesAndTenFilesAreKept() {
        var settings = LogConfigurator.settings("C:\\Users\\ana\\AppData\\Mailroom\\logs");

        assertThat(settings.getProperty("java.util.logging.FileHandler.pattern"))
                .isEqualTo("C:/Users/ana/AppData/Mailroom/logs/mailroom.%g.log");
        assertThat(settings.getProperty("java.util.logging.FileHandler.limit")).isEqualTo("5242880");
        assertThat(settings.getProperty("java.util.logging.FileHandler.count")).isEqualTo("10");
        assertThat(settings.getProperty("java.util.logging.ConsoleHandler.level")).isEqualTo("WARNING");
    }

    /** A command's stderr is read by an admin or a script: one line per warning, the trace only in the file. */
    @Test
    void theConsoleShowsAWarningInOneLineWithoutItsStackTrace() {
        var settings = LogConfigurator.settings("logs");
        java.util.logging.LogRecord record = new java.util.logging.LogRecord(java.util.logging.Level.WARNING,
                "The change could not be saved; the workspace is unchanged: 22001");
        record.setThrown(new IllegalStateException("org.h2.jdbc.JdbcSQLDataException: Value too long"));

        String shown = new LogConfigurator.ConsoleFormat().format(record);

        assertThat(settings.getProperty("java.util.logging.ConsoleHandler.formatter")).isEqualTo(LogConfigurator.ConsoleFormat.class.getName());
        assertThat(shown).isEqualTo("WARNING: The change could not be saved; the workspace is unchanged: 22001" + System.lineSeparator());
    }
}
