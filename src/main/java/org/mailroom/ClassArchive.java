package org.mailroom;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The class-data archive the installed app starts from: the classes of a start-up, already parsed and
 * verified, which the JVM maps instead of loading them one by one from the jars. The launcher names it
 * after the runtime's own archive ({@code -XX:SharedArchiveFile=<runtime archive>:$APPDIR/mailroom.jsa}),
 * so a missing or unfitting one leaves the JVM with the runtime's archive, as without this. A JDK 17
 * archive only fits the folder it was made in: the package step makes one for the app image, the deb's
 * post-install step one where the app landed ({@code Mailroom archive-classes}).
 */
public final class ClassArchive {

    static final String COMMAND = "archive-classes";
    /** The classes a start-up loads, one per line ({@code src/bench/classlist.sh} writes it). */
    static final String CLASS_LIST = "/org/mailroom/startup-classes.txt";
    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    private static final int DUMP_TIMEOUT_MINUTES = 5;

    private ClassArchive() {
    }

    /**
     * Rebuilds the archive this launch names, for this launch's class path, in a second JVM that loads
     * the start-up classes and dumps them as it exits. Written beside and then moved over the old one, so
     * a Mailroom already running keeps the file it mapped (Linux, macOS; Windows refuses to replace a
     * mapped file, so there every Mailroom must be closed). Returns the exit code.
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
        // The dump sits on the runtime's own archive, the default one: only this launch's other options go along.
        jvmOptions.stream().filter(option -> option.startsWith("-XX:") && !option.startsWith(ARCHIVE_OPTION)).forEach(command::add);
        command.addAll(List.of("-cp", classPath, ClassArchive.class.getName()));
        Path output = null;
        try {
            deleteEvenIfReadOnly(fresh);
            output = Files.createTempFile("mailroom-archive", ".log");
            Process dump = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!dump.waitFor(DUMP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                dump.destroyForcibly().waitFor();
                return failed(target, fresh, "no answer in " + DUMP_TIMEOUT_MINUTES + " minutes", err);
            }
            if (dump.exitValue() != 0 || !Files.exists(fresh)) {
                return failed(target, fresh, Files.readString(output, StandardCharsets.UTF_8), err);
            }
            // Read-only as the JVM writes it; everyone reads it (an installer's umask may say otherwise).
            target.toFile().setWritable(true); // Windows won't replace a read-only file
            Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
            }
            out.println("Class archive written: " + target + " (" + Files.size(target) / 1_000_000 + " MB)");
            return 0;
        } catch (IOException e) {
            return failed(target, fresh, e.toString(), err);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(target, fresh, "interrupted", err);
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    private static int failed(Path target, Path fresh, String why, PrintStream err) {
        err.println("The class archive could not be written to " + target + ": " + why);
        try {
            deleteEvenIfReadOnly(fresh);
        } catch (IOException e) {
            err.println("Also left behind: " + fresh + " (" + e.getMessage() + ")");
        }
        return 1;
    }

    private static void deleteEvenIfReadOnly(Path file) throws IOException {
        file.toFile().setWritable(true);
        Files.deleteIfExists(file);
    }

    /** The last archive the option names: {@code base:top} (';' on Windows) names the runtime's, then the app's. */
    static Optional<Path> archiveNamedIn(List<String> jvmOptions) {
        return jvmOptions.stream().filter(option -> option.startsWith(ARCHIVE_OPTION))
                .reduce((first, last) -> last)
                .map(option -> option.substring(ARCHIVE_OPTION.length()))
                .map(files -> Path.of(files.substring(files.lastIndexOf(File.pathSeparatorChar) + 1)));
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
