package org.mailroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theArchiveIsTheOneTheLaunchNames() {
        assertThat(ClassArchive.archiveNamedIn(List.of("-Xmx1g", "-XX:SharedArchiveFile=/opt/mailroom/lib/app/mailroom.jsa",
                "-XX:+UseSerialGC"))).contains(Path.of("/opt/mailroom/lib/app/mailroom.jsa"));
        assertThat(ClassArchive.archiveNamedIn(List.of("-XX:+UseSerialGC"))).isEmpty();
    }

    @Test
    void aLaunchThatNamesNoArchiveIsToldHowToRunTheCommand() {
        int exit = ClassArchive.rebuild(List.of("-XX:+UseSerialGC"), "mailroom.jar", JAVA_HOME, print(out), print(err));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("names no class archive", "installed app");
    }

    @Test
    void theStartupListNamesClassesThisBuildCanLoad() throws IOException {
        long listed;
        try (InputStream list = ClassArchive.class.getResourceAsStream(ClassArchive.CLASS_LIST)) {
            listed = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).count();
        }

        int loaded = ClassArchive.loadStartupClasses(getClass().getClassLoader());

        assertThat(listed).isGreaterThan(3000);
        assertThat(loaded).as("classes of the list this build still has").isGreaterThan((int) (listed * 0.9));
    }

    @Test
    void anArchiveIsWrittenForTheLaunchAndAnotherJvmStartsFromIt() throws Exception {
        Path jar = appJar();
        Path archive = folder.resolve("mailroom.jsa");
        List<String> launch = List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

        int exit = ClassArchive.rebuild(launch, jar.toString(), JAVA_HOME, print(out), print(err));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Class archive written: " + archive);
        assertThat(archive).exists();
        assertThat(folder.resolve("mailroom.jsa.new")).doesNotExist();
        // -Xshare:on fails the start instead of ignoring an archive that doesn't fit.
        assertThat(run(java(), "-Xshare:on", launch.get(0), "-cp", jar.toString(), "-version")).isZero();
    }

    @Test
    void theJvmStartsWithoutAnArchiveThatIsMissing() throws Exception {
        assertThat(run(java(), "-XX:SharedArchiveFile=" + folder.resolve("missing.jsa"), "-version")).isZero();
    }

    /** A jar like the app's: the archive class and the start-up list (the JVM archives classes from jars only). */
    private Path appJar() throws IOException {
        Path jar = folder.resolve("mailroom.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "org/mailroom/ClassArchive.class");
            add(out, ClassArchive.CLASS_LIST.substring(1));
        }
        return jar;
    }

    private static void add(JarOutputStream jar, String name) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        try (InputStream in = ClassArchiveTest.class.getResourceAsStream("/" + name)) {
            in.transferTo(jar);
        }
        jar.closeEntry();
    }

    private static String java() {
        return JAVA_HOME.resolve("bin").resolve("java").toString();
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
