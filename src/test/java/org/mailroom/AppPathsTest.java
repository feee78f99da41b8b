package org.mailroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    @Test
    void theOverrideWinsOnEveryOs() {
        assertThat(AppPaths.resolve("/tmp/mr", "Windows 11", "C:\\Users\\a", Map.of()).dataFolder())
                .isEqualTo(Path.of("/tmp/mr"));
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(AppPaths.resolve(null, "Linux", "/home/ann", Map.of("XDG_DATA_HOME", "/data")).dataFolder())
                .isEqualTo(Path.of("/data/mailroom"));
        assertThat(AppPaths.resolve(null, "Linux", "/home/ann", Map.of()).dataFolder())
                .isEqualTo(Path.of("/home/ann/.local/share/mailroom"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(AppPaths.resolve(null, "Mac OS X", "/Users/ann", Map.of()).dataFolder())
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Mailroom"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(AppPaths.resolve("", "Windows 11", "/users/ann", Map.of("APPDATA", "/roaming")).dataFolder())
                .isEqualTo(Path.of("/roaming/Mailroom"));
    }

    @Test
    void logsLiveInTheDataFolder() {
        assertThat(new AppPaths(Path.of("/d")).logFolder()).isEqualTo(Path.of("/d/logs"));
    }
}
