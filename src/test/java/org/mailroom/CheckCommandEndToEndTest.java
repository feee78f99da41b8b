package org.mailroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.io.WorkspaceExporter;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;

/** {@code check FILE} on real exported files: the exit code says whether there are errors. */
@ExtendWith(WorkspaceExtension.class)
class CheckCommandEndToEndTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(Path file) {
        return Launcher.runCommand(new String[] {"check", file.toString()}, new AppPaths(folder.resolve("home")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The samples (and, with a problem, one more mailbox) exported from the test's workspace. */
    private Path export(TempWorkspace workspace, boolean withProblem) throws Exception {
        Path file = folder.resolve(withProblem ? "broken.json" : "samples.json");
        MailServerStore servers = workspace.servers();
        MailboxStore mailboxes = workspace.mailboxes();
        new SampleWorkspace(servers, mailboxes).load();
        if (withProblem) {
            // the same login twice on one server: mail would be read twice
            MailServer exchange = servers.findAll().stream()
                    .filter(s -> s.host().equals("outlook.office365.com") && s.protocol() == Protocol.IMAP).findFirst().orElseThrow();
            mailboxes.add(InboundMailbox.draft("sales.copy", 5, "sales@contoso.com", exchange));
        }
        WorkspaceExporter.write(file, WorkspaceContent.read(workspace.database()), WorkspaceExporter.Options.whole());
        return file;
    }

    @Test
    void aWorkspaceWithOnlyWarningsPasses(TempWorkspace workspace) throws Exception {
        assertThat(check(export(workspace, false))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[neverTested]").doesNotContain("Error:");
    }

    @Test
    void anErrorFails(TempWorkspace workspace) throws Exception {
        assertThat(check(export(workspace, true))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("sales@contoso.com");
    }

    @Test
    void anUnreadableFileIsNamedWithWhatIsWrong() throws Exception {
        Path broken = folder.resolve("truncated.json");
        Files.writeString(broken, "{\"format\": \"mailroom-workspace\", \"version\": 1, \"servers\": [");
        assertThat(check(broken)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("truncated.json");
        assertThat(check(folder.resolve("missing.json"))).isEqualTo(2);
    }
}
