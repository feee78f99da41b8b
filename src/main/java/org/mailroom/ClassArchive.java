package org.mailroom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The class-data archive the installed app starts from: the classes of a start-up, already parsed and
 * verified, which the JVM maps instead of loading them one by one from the jars (about a third of the
 * start-up). The launcher names it with {@code -XX:SharedArchiveFile=$APPDIR/mailroom.jsa}; a JDK 17
 * archive only fits the folder it was made in, so the package step makes one for the app image and the
 * Linux installers' post-install step one where the app landed ({@code Mailroom archive-classes}). A
 * missing or unfitting archive is ignored by the JVM: the app then starts as it would without.
 */
public final class ClassArchive {

    static final String COMMAND = "archive-classes";
    /** The classes a start-up loads, one per line ({@code src/bench/classlist.sh} writes it). */
    static final String CLASS_LIST = "/org/mailroom/startup-classes.txt";
    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";

    private ClassArchive() {
    }

    /**
     * Rebuilds the archive this launch names, for this launch's class path, in a second JVM that loads
     * the start-up classes and dumps them as it exits. Written beside and then moved over the old one, so
     * a Mailroom already running keeps the file it mapped. Returns the exit code.
     */
    static int rebuild(List<String> jvmOptions, String classPath, Path javaHome, PrintStream out, PrintStream err) {
        Optional<Path> archive = archiveNamedIn(jvmOptions);
        if (archive.isEmpty()) {
            err.println("This launch names no class archive (" + ARCHIVE_OPTION + "FILE): start it from the installed app.");
            return 2;
        }
        Path target = archive.get().toAbsolutePath();
        Path fresh = target.resolveSibling(target.getFileName() + ".new");
        List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin").resolve("java").toString(),
                "-XX:ArchiveClassesAtExit=" + fresh));
        jvmOptions.stream().filter(option -> option.startsWith("-XX:") && !option.startsWith(ARCHIVE_OPTION)).forEach(command::add);
        command.addAll(List.of("-cp", classPath, ClassArchive.class.getName()));
        try {
            Files.deleteIfExists(fresh);
            Process dump = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (dump.waitFor() != 0 || !Files.exists(fresh)) {
                err.println("The class archive could not be written to " + target + ":\n" + output);
                return 1;
            }
            Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("Class archive written: " + target + " (" + Files.size(target) / 1_000_000 + " MB)");
            return 0;
        } catch (IOException e) {
            err.println("The class archive could not be written to " + target + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    static Optional<Path> archiveNamedIn(List<String> jvmOptions) {
        return jvmOptions.stream().filter(option -> option.startsWith(ARCHIVE_OPTION))
                .reduce((first, last) -> last).map(option -> Path.of(option.substring(ARCHIVE_OPTION.length())));
    }

    /** The command as the launcher runs it: this JVM's own options, class path and runtime. */
    static int rebuildForThisLaunch(PrintStream out, PrintStream err) {
        return rebuild(ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.class.path"),
                Path.of(System.getProperty("java.home")), out, err);
    }

    /** The dumping JVM: loads (without initialising) every start-up class it can find, then exits. */
    public static void main(String[] args) throws IOException {
        System.out.println("Loaded " + loadStartupClasses(ClassArchive.class.getClassLoader()) + " classes");
    }

    static int loadStartupClasses(ClassLoader loader) throws IOException {
        int loaded = 0;
        try (InputStream list = ClassArchive.class.getResourceAsStream(CLASS_LIST)) {
            if (list == null) {
                throw new IOException("The app jar has no " + CLASS_LIST);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    try {
                        Class.forName(line.strip().replace('/', '.'), false, loader);
                        loaded++;
                    } catch (ClassNotFoundException | LinkageError gone) {
                        // A class an older build loaded: the archive just goes without it.
                    }
                }
            }
        }
        return loaded;
    }
}
