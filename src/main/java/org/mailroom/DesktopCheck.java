package org.mailroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.mailroom.text.Text;

/**
 * What a Linux desktop lacks for Mailroom's window, said before the toolkit tries: JavaFX itself only
 * dies with "Unable to load glass GTK library" and a stack trace. Only a certain lack is reported; when
 * in doubt the toolkit gets its chance.
 */
final class DesktopCheck {

    static final String GTK = "libgtk-3.so.0";
    private static final Path LIBRARY_CACHE = Path.of("/etc/ld.so.cache");

    private DesktopCheck() {
    }

    /** The sentence for this machine, if the window can't open here. */
    static Optional<String> whatIsMissing() {
        if ("Monocle".equals(System.getProperty("glass.platform"))) {
            return Optional.empty(); // headless Monocle (a test's app process) draws without a display or GTK
        }
        return whatIsMissing(System.getProperty("os.name", ""), System.getenv(), DesktopCheck::gtkKnownToTheLoader);
    }

    static Optional<String> whatIsMissing(String osName, Map<String, String> environment, Predicate<Map<String, String>> gtkPresent) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        if (isBlank(environment.get("DISPLAY")) && isBlank(environment.get("WAYLAND_DISPLAY"))) {
            return Optional.of(Text.get("app.noDisplay"));
        }
        return gtkPresent.test(environment) ? Optional.empty() : Optional.of(Text.get("app.noGtk"));
    }

    /** Whether the dynamic loader can find GTK 3: in its cache or a folder of LD_LIBRARY_PATH (true when it can't tell). */
    static boolean gtkKnownToTheLoader(Map<String, String> environment) {
        String extraFolders = environment.getOrDefault("LD_LIBRARY_PATH", "");
        if (Arrays.stream(extraFolders.split(":")).filter(folder -> !folder.isBlank())
                .anyMatch(folder -> Files.exists(Path.of(folder, GTK)))) {
            return true;
        }
        try {
            // The cache lists every library the loader finds without a path; a missing cache tells nothing.
            return !Files.isRegularFile(LIBRARY_CACHE)
                    || new String(Files.readAllBytes(LIBRARY_CACHE), StandardCharsets.ISO_8859_1).contains(GTK);
        } catch (IOException | RuntimeException unreadable) {
            return true;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
