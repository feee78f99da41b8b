import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds Mailroom's runtime, app image and installers for the OS it runs on. Run by
 * {@code ./mvnw -Ppackage package} (profile "package" in pom.xml) after the jar is built and the runtime
 * dependencies are copied; a single-file Java program, so the same steps run on Linux, Windows and macOS.
 *
 * <p>Arguments: pom version, app jar, folder of the copied dependencies, output folder, installers
 * ({@code auto}: every installer type this machine can build; {@code none}: the app image only).
 *
 * <ol>
 *   <li>Split the dependencies: JavaFX's platform jars are modules and go into the runtime; the rest
 *       stays on the class path with the app jar (Mailroom has no module-info).</li>
 *   <li>{@code jdeps} lists the modules the app jar and its class path use; a few that only load as
 *       services are added (see {@link #SERVICE_MODULES}).</li>
 *   <li>{@code jlink} links those modules into a trimmed runtime, with a CDS archive of the JDK's classes.</li>
 *   <li>{@code jpackage} builds the app image, then each installer, with the options in
 *       {@code packaging/jpackage.options} and {@code packaging/<os>/}: {@code jpackage.options} for
 *       the app image and every installer, {@code app-image.options} for the app image alone,
 *       {@code installer.options} for every installer and {@code <type>.options} (e.g. deb.options) for
 *       one type.</li>
 * </ol>
 */
public class Package {

    /**
     * Modules that jdeps can't see because nothing references them by name: they are found as services
     * at run time.
     * <ul>
     *   <li>jdk.crypto.ec: elliptic-curve key exchange and signatures (SunEC). Without it TLS can't
     *       negotiate ECDHE, which Exchange Online and most mail servers require.</li>
     *   <li>jdk.naming.dns: the JNDI "dns:" provider. dnsjava reads the system's DNS servers through it
     *       where it has no other way (Windows without JNA).</li>
     * </ul>
     */
    static final List<String> SERVICE_MODULES = List.of("jdk.crypto.ec", "jdk.naming.dns");

    /**
     * Modules jdeps lists that the app is better without.
     * <ul>
     *   <li>jdk.jfr: only Jdbi names it, for flight-recorder events it emits when the module is there and
     *       skips when it is not. A desktop app records no flights, and registering the events cost about
     *       0.2 s of CPU at every start (measured with the class archive).</li>
     * </ul>
     */
    static final List<String> LEFT_OUT_MODULES = List.of("jdk.jfr");

    static final String NAME = "Mailroom";
    static final String MAIN_CLASS = "org.mailroom.Launcher";

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: Package VERSION APP_JAR LIBS_DIR OUT_DIR auto|none");
        }
        String os = currentOs();
        String version = numericVersion(args[0]);
        if (os.equals("macos") && version.startsWith("0")) {
            throw new IllegalArgumentException("jpackage on macOS refuses a version whose first number is 0 (" + version
                    + " from the pom): the app bundle and the dmg can be built from version 1.0.0 on");
        }
        Path appJar = Path.of(args[1]);
        Path libs = Path.of(args[2]);
        Path out = Path.of(args[3]);
        boolean installers = args[4].equals("auto");

        // 1. JavaFX platform jars → module path of the runtime; everything else → jpackage's input (class path).
        //    The JavaFX jars without a platform classifier are empty placeholders and are left out.
        //    JavaFX as named modules in the runtime is the layout JavaFX supports (loaded from the class path
        //    it warns "Unsupported JavaFX configuration") and the one ./mvnw javafx:run uses; the app and the
        //    other libraries stay on the class path as in the tests, so FXML can reach the controllers. Should
        //    the app use a ControlsFX control built on JavaFX internals, it needs --add-exports in
        //    packaging/jpackage.options (SegmentedButton and ValidationSupport need none).
        Path input = out.resolve("input");
        deleteRecursively(out);
        Files.createDirectories(input);
        List<String> javafx = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        try (Stream<Path> jars = Files.list(libs)) {
            for (Path jar : jars.sorted().toList()) {
                String file = jar.getFileName().toString();
                if (file.startsWith("javafx-")) {
                    if (!file.matches("javafx-[a-z]+-[0-9.]+\\.jar")) {
                        javafx.add(jar.toString());
                    }
                } else {
                    Files.copy(jar, input.resolve(file));
                    classPath.add(jar.toString());
                }
            }
        }
        Files.copy(appJar, input.resolve(appJar.getFileName()));
        String modulePath = String.join(java.io.File.pathSeparator, javafx);

        // 2. The modules the app needs.
        String jdeps = run("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                "--module-path", modulePath, "--class-path", String.join(java.io.File.pathSeparator, classPath),
                appJar.toString());
        List<String> modules = new ArrayList<>(Arrays.asList(jdeps.lines()
                .filter(line -> !line.startsWith("Warning")).reduce((a, b) -> b).orElseThrow().trim().split(",")));
        modules.removeAll(LEFT_OUT_MODULES);
        modules.addAll(SERVICE_MODULES);
        System.out.println("[package] modules: " + String.join(",", modules));

        // 3. The runtime.
        Path runtime = out.resolve("runtime");
        Path jmods = Path.of(System.getProperty("java.home"), "jmods");
        run("jlink", options("packaging/jlink.options"),
                "--module-path", jmods + java.io.File.pathSeparator + modulePath,
                "--add-modules", String.join(",", modules),
                "--output", runtime.toString());
        // jlink archives the JDK's classes twice; the copy for heaps over 32 GB (no compressed oops) is
        // never used by a desktop app and is 11 MB.
        for (String jvmFolder : List.of("lib/server", "bin/server")) { // Linux and macOS, Windows
            Files.deleteIfExists(runtime.resolve(jvmFolder).resolve("classes_nocoops.jsa"));
        }

        // 4. The app image, then the installers, from the same options.
        List<String> app = new ArrayList<>(options("packaging/jpackage.options", "packaging/" + os + "/jpackage.options"));
        app.addAll(List.of("--name", NAME, "--app-version", version,
                "--input", input.toString(), "--main-jar", appJar.getFileName().toString(), "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString()));
        List<String> imageOptions = new ArrayList<>(app);
        imageOptions.addAll(options("packaging/" + os + "/app-image.options"));
        jpackage("app-image", out.resolve("image"), imageOptions);
        archiveClasses(out.resolve("image"), os);
        if (installers) {
            for (String type : installerTypes(os)) {
                List<String> withInstaller = new ArrayList<>(app);
                withInstaller.addAll(options("packaging/" + os + "/installer.options"));
                Path typeOptions = Path.of("packaging", os, type + ".options");
                if (Files.exists(typeOptions)) {
                    withInstaller.addAll(options(typeOptions.toString()));
                }
                jpackage(type, out, withInstaller);
            }
        }

        // 5. Sizes, for the README.
        System.out.println("[package] " + sizeLine(runtime) + "  runtime");
        try (Stream<Path> images = Files.list(out.resolve("image")); Stream<Path> files = Files.list(out)) {
            Path image = images.findFirst().orElseThrow();
            System.out.println("[package] " + sizeLine(image) + "  " + image);
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                System.out.println("[package] " + sizeLine(file) + "  " + file);
            }
        }
    }

    /**
     * The app image's class archive, made by its own launcher ({@code Mailroom archive-classes}) so it fits
     * the image's folder and JVM options. Installers get none: a JDK 17 archive only fits the folder it was
     * made in, so the deb's post-install step makes one where the app lands (the other installers name none,
     * and their JVM maps the runtime's own archive).
     */
    static void archiveClasses(Path image, String os) throws IOException, InterruptedException {
        Path launcher = switch (os) {
            case "windows" -> image.resolve(NAME).resolve(NAME + ".exe");
            case "macos" -> image.resolve(NAME + ".app").resolve("Contents/MacOS").resolve(NAME);
            default -> image.resolve(NAME).resolve("bin").resolve(NAME);
        };
        System.out.println("[package] " + launcher + " archive-classes");
        Process archive = new ProcessBuilder(launcher.toString(), "archive-classes").inheritIO().start();
        if (!archive.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)) {
            archive.destroyForcibly();
            throw new IllegalStateException("The app image's class archive took over 10 minutes; stopped");
        }
        if (archive.exitValue() != 0) {
            throw new IllegalStateException("The app image could not write its class archive (exit " + archive.exitValue() + ")");
        }
    }

    /** jpackage wants 1 to 3 numbers: 0.1.0-SNAPSHOT → 0.1.0. */
    static String numericVersion(String pomVersion) {
        String version = pomVersion.replaceFirst("-.*$", "");
        if (!version.matches("\\d+(\\.\\d+){0,2}")) {
            throw new IllegalArgumentException("jpackage needs a numeric version, not " + pomVersion);
        }
        return version;
    }

    static String currentOs() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "macos" : "linux";
    }

    /** The installer types this machine has the tools for. */
    static List<String> installerTypes(String os) {
        List<String> types = new ArrayList<>();
        switch (os) {
            case "linux" -> {
                if (onPath("dpkg-deb") && onPath("fakeroot")) {
                    types.add("deb");
                } else {
                    System.out.println("[package] no deb: dpkg-deb and fakeroot are needed");
                }
                if (onPath("rpmbuild")) {
                    types.add("rpm");
                } else {
                    System.out.println("[package] no rpm: rpmbuild is needed (Debian/Ubuntu: apt install rpm)");
                }
            }
            case "windows" -> {
                if (onPath("candle.exe") && onPath("light.exe")) {
                    types.add("msi");
                } else {
                    System.out.println("[package] no msi: jpackage needs WiX Toolset 3 (candle.exe, light.exe) on the PATH");
                }
            }
            default -> types.add("dmg");
        }
        return types;
    }

    static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }

    static void jpackage(String type, Path dest, List<String> options) throws IOException {
        List<String> all = new ArrayList<>(List.of("--type", type, "--dest", dest.toString()));
        all.addAll(options);
        run("jpackage", all.toArray(String[]::new));
    }

    /**
     * The options in option files: one or more per line, "double quotes" around a value with spaces,
     * lines starting with # are comments. (Tools run in-process don't expand @files themselves.)
     */
    static List<String> options(String... files) throws IOException {
        List<String> options = new ArrayList<>();
        for (String file : files) {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    Matcher token = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
                    while (token.find()) {
                        options.add(token.group(1) != null ? token.group(1) : token.group(2));
                    }
                }
            }
        }
        return options;
    }

    static String run(String tool, List<String> options, String... more) {
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of(more));
        return run(tool, args.toArray(String[]::new));
    }

    /** Runs a JDK tool in this JVM; fails the build with its output when it fails. */
    static String run(String tool, String... args) {
        System.out.println("[package] " + tool + " " + String.join(" ", args));
        StringWriter output = new StringWriter();
        PrintWriter writer = new PrintWriter(output, true);
        int exit = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK (" + System.getProperty("java.home") + ")"))
                .run(writer, writer, args);
        if (exit != 0) {
            throw new IllegalStateException(tool + " failed (exit " + exit + "):\n" + output);
        }
        return output.toString();
    }

    static String sizeLine(Path path) throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(path)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
        return String.format(Locale.ROOT, "%6.1f MB", bytes / 1_000_000.0);
    }

    static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
