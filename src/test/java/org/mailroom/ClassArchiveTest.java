package org.mailroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
    private static final Path RUNTIME_ARCHIVE = JAVA_HOME.resolve("lib/server/classes.jsa");

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theArchiveIsTheLastOneTheLaunchNames() {
        String runtimeArchive = "/opt/mailroom/lib/runtime/lib/server/classes.jsa";
        assertThat(ClassArchive.archiveNamedIn(List.of("-Xmx1g", "-XX:SharedArchiveFile=" + runtimeArchive + File.pathSeparator
                + "/opt/mailroom/lib/app/mailroom.jsa", "-XX:+UseSerialGC"))).contains(Path.of("/opt/mailroom/lib/app/mailroom.jsa"));
        assertThat(ClassArchive.archiveNamedIn(List.of("-XX:SharedArchiveFile=/tmp/app.jsa"))).contains(Path.of("/tmp/app.jsa"));
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
        List<String> launch = List.of(archiveOption(archive), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

        int exit = ClassArchive.rebuild(launch, jar.toString(), JAVA_HOME, print(out), print(err));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Class archive written: " + archive);
        assertThat(archive).exists();
        assertThat(folder.resolve("mailroom.jsa.new")).doesNotExist();
        assertThat(Files.getPosixFilePermissions(archive)).extracting(PosixFilePermission::name)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE", "GROUP_READ", "OTHERS_READ");
        // -Xshare:on fails the start instead of going without an archive that doesn't fit.
        assertThat(run(java(), "-Xshare:on", launch.get(0), "-cp", jar.toString(), "-version").exit()).isZero();

        // Made again over the one there (the JVM writes archives read-only).
        assertThat(ClassArchive.rebuild(launch, jar.toString(), JAVA_HOME, print(out), print(err))).isZero();
    }

    @Test
    void withTheAppArchiveMissingTheJvmStillMapsTheRuntimeArchive() throws Exception {
        assumeTrue(Files.exists(RUNTIME_ARCHIVE), "this JDK has no archive of its own at " + RUNTIME_ARCHIVE);

        Run started = run(java(), archiveOption(folder.resolve("missing.jsa")), "-Xlog:class+load", "-version");

        assertThat(started.exit()).isZero();
        assertThat(started.output()).contains("source: shared objects file");
    }

    /** As the launcher names them: the runtime's own archive, then the app's. */
    private static String archiveOption(Path appArchive) {
        return "-XX:SharedArchiveFile=" + RUNTIME_ARCHIVE + File.pathSeparator + appArchive;
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

    private record Run(int exit, String output) {
    }

    private Run run(String... command) throws Exception {
        Path output = folder.resolve("output-" + System.nanoTime() + ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(output));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
