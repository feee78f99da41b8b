package org.mailroom;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mailroom.store.FileProblems;

/**
 * The class-data archive the installed app starts from: the JDK's, JavaFX's, the libraries' and the app's classes
 * of a start-up, already parsed and verified, and the lambdas and method-handle forms a start-up would otherwise
 * spin at run time, all of which the JVM maps instead of making. It is one static archive, made from the list a
 * real start-up wrote ({@code src/bench/classlist.sh}): only a static dump reads the list's lambda lines. When it
 * is missing or doesn't fit, the JVM starts without one, only slower. A JDK 17 archive only fits the folder it
 * was made in: the package step makes one for the app image, the deb's post-install step one where the app
 * landed ({@code Mailroom archive-classes}).
 */
public final class ClassArchive {

    static final String COMMAND = "archive-classes";
    /** What a start-up loads and spins, as the JVM lists it ({@code src/bench/classlist.sh} writes it). */
    static final String CLASS_LIST = "/org/mailroom/startup-classes.txt";
    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    private static final int DUMP_TIMEOUT_MINUTES = 5;

    private ClassArchive() {
    }

    /**
     * Rebuilds the archive this launch names, for this launch's class path, in a second JVM that dumps the listed
     * classes and exits. Written beside and then moved over the old one, so a Mailroom already running keeps the
     * file it mapped (Linux, macOS; Windows refuses to replace a mapped file, so there every Mailroom must be
     * closed). Returns the exit code.
     */
    static int rebuild(List<String> jvmOptions, String classPath, Path javaHome, PrintStream out, PrintStream err) {
        Optional<Path> archive = archiveNamedIn(jvmOptions);
        if (archive.isEmpty()) {
            err.println("This launch names no class archive (" + ARCHIVE_OPTION + "FILE): start it from the installed app.");
            return 2;
        }
        Path target = archive.get().toAbsolutePath();
        Path fresh = target.resolveSibling(target.getFileName() + ".new");
        // Beside the archive, not in the temp folder: the JVM reads the list's path in the system's code page
        // (Windows), where a user folder's name may not fit; the app's folder already has to.
        Path list = target.resolveSibling(target.getFileName() + ".classes");
        Path output = null;
        try {
            deleteEvenIfReadOnly(fresh);
            output = Files.createTempFile("mailroom-archive", ".log");
            writeClassList(list);
            List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin").resolve("java").toString(),
                    "-Xshare:dump", ARCHIVE_OPTION + fresh, "-XX:SharedClassListFile=" + list));
            // This launch's other options go along: the archive is made for the JVM they configure.
            jvmOptions.stream().filter(option -> option.startsWith("-XX:") && !option.startsWith(ARCHIVE_OPTION)).forEach(command::add);
            command.addAll(List.of("-cp", classPath));
            Process dump = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!dump.waitFor(DUMP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                dump.destroyForcibly().waitFor();
                return failed(target, fresh, "no answer in " + DUMP_TIMEOUT_MINUTES + " minutes", err);
            }
            if (dump.exitValue() != 0 || !Files.exists(fresh)) {
                // The JVM writes in the system's code page; a byte that doesn't decode must not hide its message.
                return failed(target, fresh, new String(Files.readAllBytes(output), Charset.defaultCharset()), err);
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
            return failed(target, fresh, FileProblems.reason(e), err);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(target, fresh, "interrupted", err);
        } finally {
            for (Path temporary : new Path[] {output, list}) {
                if (temporary != null) {
                    temporary.toFile().delete();
                }
            }
        }
    }

    private static void writeClassList(Path file) throws IOException {
        try (InputStream list = ClassArchive.class.getResourceAsStream(CLASS_LIST)) {
            if (list == null) {
                throw new IOException("the app jar has no " + CLASS_LIST);
            }
            Files.copy(list, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int failed(Path target, Path fresh, String why, PrintStream err) {
        err.println("The class archive could not be written to " + target + ": " + why);
        try {
            deleteEvenIfReadOnly(fresh);
        } catch (IOException e) {
            if (Files.exists(fresh)) {
                err.println("Also left behind: " + fresh + " (" + FileProblems.reason(e) + ")");
            }
        }
        return 1;
    }

    private static void deleteEvenIfReadOnly(Path file) throws IOException {
        file.toFile().setWritable(true);
        Files.deleteIfExists(file);
    }

    /** The archive the option names; of {@code base:top} (';' on Windows), a base archive and one on top of it, the top one. */
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
}
