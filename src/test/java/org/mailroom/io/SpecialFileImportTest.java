package org.mailroom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.check.WorkspaceFileException;

/**
 * Import and {@code check} read a regular file only, and no more of it than a workspace can be: a link to an
 * endless device or a named pipe is refused in words at once, and {@code check}'s scratch workspace never stays.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SpecialFileImportTest {

    @TempDir
    Path folder;

    @Test
    void aLinkToAnEndlessDeviceIsRefusedWithoutReadingIt() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("workspace.json"), Path.of("/dev/zero"));

        assertThatThrownBy(() -> ImportReader.read(link)).isInstanceOf(ImportRejectedException.class)
                .hasMessage("$: " + link + " is not a file but a device or a named pipe; choose an exported workspace file");
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path pipe = folder.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is available");

        assertThatThrownBy(() -> ImportReader.read(pipe)).isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("is not a file but a device or a named pipe");
    }

    @Test
    void aFileThatGrowsPastTheLimitWhileReadIsStillRefused() throws IOException {
        byte[] content = new byte[(int) WorkspaceJson.MAX_FILE_BYTES + 1];
        assertThatThrownBy(() -> ImportReader.read(new java.io.ByteArrayInputStream(content), Path.of("growing.json")))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("$: growing.json holds more than 20 MB; a workspace file is at most 20 MB, so it was not read");
    }

    @Test
    void checkRefusesThePipeAndLeavesNoScratchWorkspace() throws Exception {
        Path pipe = folder.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is available");
        Path scratchParent = Files.createDirectory(folder.resolve("tmp"));

        assertThatThrownBy(() -> new ExportedWorkspaceReader(scratchParent).read(pipe))
                .isInstanceOf(WorkspaceFileException.class)
                .hasMessageContaining("is not a file but a device or a named pipe");
        assertThat(scratchParent).isEmptyDirectory();
    }

    @Test
    void checkOfAValidFileLeavesNoScratchWorkspace() throws Exception {
        Path file = folder.resolve("valid.json");
        try (var in = SpecialFileImportTest.class.getResourceAsStream("valid.json")) {
            Files.write(file, in.readAllBytes());
        }
        Path scratchParent = Files.createDirectory(folder.resolve("tmp"));

        assertThat(new ExportedWorkspaceReader(scratchParent).read(file).content().mailboxes()).isNotEmpty();
        try (Stream<Path> left = Files.list(scratchParent)) {
            assertThat(left).isEmpty();
        }
    }
}
