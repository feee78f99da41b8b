package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second Mailroom process on the same workspace is told so in words. */
class WorkspaceInUseTest {

    @TempDir
    Path folder;

    @Test
    void aWorkspaceOpenInAnotherProcessIsReportedInWords() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        // The child logs as the tests do (warnings only), so its first line is its answer.
        String logging = "-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file", "");
        Process holder = new ProcessBuilder(java, logging, "-cp", System.getProperty("java.class.path"),
                HoldWorkspace.class.getName(), folder.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("open");

            assertThatThrownBy(() -> WorkspaceDatabase.open(folder))
                    .isInstanceOf(WorkspaceInUseException.class)
                    .hasMessageStartingWith("The workspace in " + folder + " is open in another Mailroom window.");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(10, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
        try (WorkspaceDatabase reopened = WorkspaceDatabase.open(folder)) {
            assertThat(new MailServerStore(reopened).findAll()).hasSize(3);
        }
    }

    /** The other process: opens the workspace, says so, and holds it until its stdin closes. */
    public static final class HoldWorkspace {
        public static void main(String[] args) throws Exception {
            try (WorkspaceDatabase database = WorkspaceDatabase.open(Path.of(args[0]))) {
                System.out.println("open");
                System.out.flush();
                List.of(System.in.read());
            }
        }
    }
}
