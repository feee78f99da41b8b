package org.mailroom;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.mailroom.check.CheckCommand;
import org.mailroom.diagnosis.ExplainCommand;
import org.mailroom.io.ExportedWorkspaceReader;
import org.mailroom.io.OptionsCommand;
import org.mailroom.mail.ProbeCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point. Paths and logging come first, then either a command-line command or the window;
 * keeping {@code main} out of the {@link javafx.application.Application} subclass lets the app start
 * from a plain classpath.
 */
public final class Launcher {

    /** System property {@link LogConfigurator} reads to find the log folder. */
    static final String LOG_FOLDER_PROPERTY = "mailroom.logs";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals(ClassArchive.COMMAND)) {
            // Run by installers as an administrator: it touches no data folder and writes no log.
            System.exit(ClassArchive.rebuildForThisLaunch(System.out, System.err));
        }
        AppPaths paths = AppPaths.forThisMachine();
        System.setProperty(LOG_FOLDER_PROPERTY, paths.logFolder().toString());
        LogConfigurator.install();
        if (args.length > 0 && !args[0].startsWith("-")) {
            logPaths(paths);
            System.exit(runCommand(args, paths, System.out, System.err));
        }
        Optional<String> missing = DesktopCheck.whatIsMissing();
        if (missing.isPresent()) {
            System.err.println(missing.get());
            System.exit(1);
        }
        // Logging starts beside the toolkit rather than before it: it costs a fifth of a second.
        Thread logging = new Thread(() -> logPaths(paths), "mailroom-logging");
        logging.setDaemon(true);
        logging.start();
        MailroomApp.launch(paths, args);
        // The window is closed and the app stopped: end the process even if a library left a non-daemon thread
        // running (java-keyring's D-Bus connection does when it fails to connect).
        System.exit(0);
    }

    private static void logPaths(AppPaths paths) {
        Logger log = LoggerFactory.getLogger(Launcher.class);
        log.info("Mailroom {} starting: data folder {}, log folder {}", version(), paths.dataFolder(), paths.logFolder());
    }

    /** The commands Mailroom runs without a window; returns the process exit code. */
    static int runCommand(String[] args, AppPaths paths, PrintStream out, PrintStream err) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "generate" -> GenerateCommand.run(rest, paths, out, err);
            case "probe" -> ProbeCommand.run(rest, System.in, out, err, System.getenv());
            case "check" -> WorkspaceCommands.namesWorkspace(rest)
                    ? WorkspaceCommands.check(rest, paths, out, err, System.getenv(), Clock.systemDefaultZone())
                    : CheckCommand.run(rest, out, err, new ExportedWorkspaceReader());
            case "options" -> WorkspaceCommands.namesWorkspace(rest)
                    ? WorkspaceCommands.options(rest, paths, System.in, out, err, System.getenv(), Clock.systemDefaultZone())
                    : OptionsCommand.run(rest, System.in, out, err, System.getenv(), Clock.systemDefaultZone());
            case "export" -> WorkspaceCommands.export(rest, paths, out, err, System.getenv());
            case "import" -> WorkspaceCommands.importFile(rest, paths, out, err, System.getenv());
            case "explain" -> ExplainCommand.run(rest, System.in, out, err);
            case "history" -> HistoryCommand.run(rest, paths, out, err);
            case "diff" -> DiffCommand.run(rest, out, err, new ExportedWorkspaceReader());
            default -> {
                err.println("Unknown command '" + args[0] + "'. Commands: generate --mailboxes N | probe --help | check FILE | check --workspace LOCATION | options --help | export FILE | import FILE | explain TEXT | history --help | diff A.json B.json | " + ClassArchive.COMMAND);
                yield 2;
            }
        };
    }

    static String version() {
        String version = Launcher.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
