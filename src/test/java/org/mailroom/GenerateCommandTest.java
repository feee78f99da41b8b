package org.mailroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.SharedPostgres;
import java.util.Map;

class GenerateCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.runCommand(args, new AppPaths(folder), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheMailboxesIntoTheWorkspace() {
        assertThat(run("generate", "--mailboxes", "120")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Added 120 mailboxes to " + folder + " (120 in all)");
        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder)) {
            assertThat(new MailboxStore(database, new MailServerStore(database)).count()).isEqualTo(120);
        }
    }

    @Test
    void writesIntoTheWorkspaceFolderItIsGiven() {
        Path other = folder.resolve("contact-center-b");
        assertThat(run("generate", "--mailboxes", "3", "--workspace", other.toString())).isZero();
        try (WorkspaceDatabase database = WorkspaceDatabase.open(other)) {
            assertThat(new MailboxStore(database, new MailServerStore(database)).count()).isEqualTo(3);
        }
        assertThat(folder.resolve("workspace.mv.db")).doesNotExist();
    }

    @Test
    void writesIntoATeamWorkspaceWithThePasswordFromTheEnvironment() {
        SharedPostgres postgres = SharedPostgres.get();
        WorkspaceLocation.TeamServer team = postgres.newEmptyDatabase();
        try {
            PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
            String[] args = {"--mailboxes", "4", "--workspace", team.reference()};

            assertThat(GenerateCommand.run(args, new AppPaths(folder), stdout, stderr, Map.of())).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs its password in the environment variable MAILROOM_TEAM_PASSWORD");
            assertThat(GenerateCommand.run(args, new AppPaths(folder), stdout, stderr,
                    Map.of(WorkspaceArgument.PASSWORD_VARIABLE, SharedPostgres.PASSWORD))).isZero();
            try (WorkspaceDatabase database = WorkspaceDatabase.open(team, SharedPostgres.PASSWORD.toCharArray())) {
                assertThat(new MailboxStore(database, new MailServerStore(database)).count()).isEqualTo(4);
            }
        } finally {
            postgres.drop(team);
        }
    }

    @Test
    void badArgumentsExitWithTwoAndAUsage() {
        assertThat(run("generate")).isEqualTo(2);
        assertThat(run("generate", "--mailboxes")).isEqualTo(2);
        assertThat(run("generate", "--mailboxes", "many")).isEqualTo(2);
        assertThat(run("generate", "--mailboxes", "0")).isEqualTo(2);
        assertThat(run("generate", "--colour", "red")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: generate --mailboxes N");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown command 'frobnicate'");
    }
}
