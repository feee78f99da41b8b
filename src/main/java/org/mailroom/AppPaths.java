package org.mailroom;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Mailroom keeps its data: the per-OS user data folder, or {@code -Dmailroom.home=DIR} for
 * tests and dev runs. The workspace file and the logs live below it.
 */
public record AppPaths(Path dataFolder) {

    public static final String HOME_PROPERTY = "mailroom.home";

    public Path logFolder() {
        return dataFolder.resolve("logs");
    }

    /** The folder the data would live in on this machine, as the OS conventions say. */
    public static AppPaths forThisMachine() {
        return resolve(System.getProperty(HOME_PROPERTY), System.getProperty("os.name"),
                System.getProperty("user.home"), System.getenv());
    }

    static AppPaths resolve(String override, String osName, String userHome, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return new AppPaths(Path.of(override).toAbsolutePath());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return new AppPaths(appData == null ? home.resolve("AppData").resolve("Roaming").resolve("Mailroom")
                    : Path.of(appData).resolve("Mailroom"));
        }
        if (os.startsWith("mac")) {
            return new AppPaths(home.resolve("Library").resolve("Application Support").resolve("Mailroom"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path dataHome = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return new AppPaths(dataHome.resolve("mailroom"));
    }
}
