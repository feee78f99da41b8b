package org.mailroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On Linux without GTK 3 or a display, the launcher says what to install or do instead of a stack trace. */
class DesktopCheckTest {

    @Test
    void withoutGtkTheLauncherSaysWhatToInstall() {
        assertThat(DesktopCheck.whatIsMissing("Linux", Map.of("DISPLAY", ":0"), environment -> false)).get().asString()
                .contains("GTK 3").contains("apt install libgtk-3-0").doesNotContain("Exception").doesNotContain("glass");
    }

    @Test
    void withoutADisplayItSaysSoAndNamesTheCommands() {
        assertThat(DesktopCheck.whatIsMissing("Linux", Map.of(), environment -> true)).get().asString()
                .contains("no display").contains("check, probe, generate");
    }

    @Test
    void withGtkAndADisplayOrOnAnotherSystemNothingIsSaid() {
        assertThat(DesktopCheck.whatIsMissing("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), environment -> true)).isEmpty();
        assertThat(DesktopCheck.whatIsMissing("Windows 11", Map.of(), environment -> false)).isEmpty();
    }

    @Test
    void gtkInAFolderOfTheLibraryPathCounts(@TempDir Path folder) throws Exception {
        Files.createFile(folder.resolve(DesktopCheck.GTK));
        assertThat(DesktopCheck.gtkKnownToTheLoader(Map.of("LD_LIBRARY_PATH", "/nowhere:" + folder))).isTrue();
    }
}
