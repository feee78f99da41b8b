package org.mailroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
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
        assertThat(ClassArchive.archiveNamedIn(List.of("-XX:SharedArchiveFile=/opt/base.jsa" + File.pathSeparator + "/tmp/app.jsa")))
                .as("of a base and a top archive, the top one").contains(Path.of("/tmp/app.jsa"));
        assertThat(ClassArchive.archiveNamedIn(List.of("-XX:+UseSerialGC"))).isEmpty();
    }

    @Test
    void aLaunchThatNamesNoArchiveIsToldHowToRunTheCommand() {
        int exit = ClassArchive.rebuild(List.of("-XX:+UseSerialGC"), "mailroom.jar", JAVA_HOME, print(out), print(err));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("names no class archive", "installed app");
    }

    @Test
    void theStartupListNamesClassesThisBuildCanLoadAndTheLambdasAStartUpSpins() throws IOException {
        List<String> lines;
        try (InputStream list = ClassArchive.class.getResourceAsStream(ClassArchive.CLASS_LIST)) {
            lines = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        List<String> classes = lines.stream().filter(l -> !l.startsWith("@")).toList();

        long loadable = classes.stream().filter(ClassArchiveTest::loads).count();

        assertThat(classes).hasSizeGreaterThan(3000);
        assertThat(loadable).as("classes of the list this build still has").isGreaterThan((long) (classes.size() * 0.9));
        List<String> ours = lines.stream().filter(l -> l.startsWith("@lambda-proxy org/mailroom/")).toList();
        assertThat(ours).hasSizeGreaterThan(100);
        // "@lambda-proxy caller name type samType implKind implClass implName ...": the method a lambda runs still exists
        assertThat(ours.stream().filter(ClassArchiveTest::implementationExists).count())
                .as("lambdas of the list this build still has").isGreaterThan((long) (ours.size() * 0.9));
    }

    private static boolean implementationExists(String lambdaLine) {
        String[] parts = lambdaLine.split(" ");
        try {
            Class<?> implementation = Class.forName(parts[6].replace('/', '.'), false, ClassArchiveTest.class.getClassLoader());
            return Stream.concat(Arrays.stream(implementation.getDeclaredMethods()).map(Method::getName),
                    Arrays.stream(implementation.getDeclaredConstructors()).map(constructor -> "<init>")).anyMatch(parts[7]::equals);
        } catch (ClassNotFoundException | LinkageError gone) {
            return false;
        }
    }

    @Test
    void anArchiveIsWrittenForTheLaunchAndAnotherJvmStartsFromItWithTheListedLambdas() throws Exception {
        Path jar = appJar();
        Path archive = folder.resolve("mailroom.jsa");
        List<String> launch = List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

        int exit = ClassArchive.rebuild(launch, jar.toString(), JAVA_HOME, print(out), print(err));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Class archive written: " + archive);
        assertThat(archive).exists();
        assertThat(folder.resolve("mailroom.jsa.new")).doesNotExist();
        assertThat(Files.getPosixFilePermissions(archive)).extracting(PosixFilePermission::name)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE", "GROUP_READ", "OTHERS_READ");
        // -Xshare:on fails the start instead of going without an archive that doesn't fit.
        assertThat(run(command("-Xshare:on", launch, "-cp", jar.toString(), "-version")).exit()).isZero();
        Run contents = run(command("-Xshare:on", launch, "-XX:+PrintSharedArchiveAndExit", "-XX:+PrintSharedDictionary", "-cp", jar.toString()));
        assertThat(contents.output()).as("a lambda the list names, made ahead").contains("org.mailroom.DesktopCheck$$Lambda");

        // Made again over the one there (the JVM writes archives read-only).
        assertThat(ClassArchive.rebuild(launch, jar.toString(), JAVA_HOME, print(out), print(err))).isZero();
    }

    @Test
    void aFolderThatCannotHoldTheArchiveIsNamedInWords() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("app"), "a file where the app's folder should be");
        List<String> launch = List.of("-XX:SharedArchiveFile=" + notAFolder.resolve("mailroom.jsa"));

        int exit = ClassArchive.rebuild(launch, appJar().toString(), JAVA_HOME, print(out), print(err));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("The class archive could not be written to " + notAFolder.resolve("mailroom.jsa"))
                .doesNotContain("Exception");
    }

    @Test
    void withTheArchiveMissingTheJvmStartsWithoutOneAndSaysNothing() throws Exception {
        Run started = run(java(), "-XX:SharedArchiveFile=" + folder.resolve("missing.jsa"), "-Xlog:disable", "-Xlog:all=warning:stderr",
                "-version");

        assertThat(started.exit()).isZero();
        assertThat(started.output()).doesNotContainIgnoringCase("warning").doesNotContainIgnoringCase("archive");
    }

    @Test
    void withAnArchiveMadeForAnotherFolderTheJvmStartsWithoutOneAndSaysNothing() throws Exception {
        Path archive = folder.resolve("mailroom.jsa");
        Path jar = appJar();
        assertThat(ClassArchive.rebuild(List.of("-XX:SharedArchiveFile=" + archive), jar.toString(), JAVA_HOME, print(out), print(err))).isZero();
        Path moved = Files.copy(jar, Files.createDirectory(folder.resolve("moved")).resolve("mailroom.jar"));

        Run started = run(java(), "-XX:SharedArchiveFile=" + archive, "-Xlog:disable", "-Xlog:all=warning:stderr", "-cp", moved.toString(),
                "-version");

        assertThat(started.exit()).isZero();
        assertThat(started.output()).doesNotContainIgnoringCase("warning").doesNotContainIgnoringCase("archive");
        assertThat(run(java(), "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-cp", moved.toString(), "-version").exit())
                .as("the archive really doesn't fit there").isNotZero();
    }

    private static boolean loads(String binaryName) {
        try {
            Class.forName(binaryName.replace('/', '.'), false, ClassArchiveTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError gone) {
            return false;
        }
    }

    /**
     * A jar like the app's (the JVM archives classes from jars only): the archive class, the start-up list, and a class
     * whose lambdas the list names.
     */
    private Path appJar() throws IOException {
        Path jar = folder.resolve("mailroom.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "org/mailroom/ClassArchive.class");
            add(out, "org/mailroom/DesktopCheck.class");
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

    /** java, the options before the launch's, the launch's, then the rest. */
    private static String[] command(String option, List<String> launch, String... rest) {
        List<String> command = new ArrayList<>(List.of(java(), option));
        command.addAll(launch);
        command.addAll(List.of(rest));
        return command.toArray(String[]::new);
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
