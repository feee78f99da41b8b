package org.mailroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.SharedPostgres;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceName;
import org.mailroom.testing.Workspaces;

/**
 * {@code check}, {@code options}, {@code export}, {@code import} and {@code history} with {@code --workspace LOCATION}, on
 * a folder and on a team workspace: the same results as the window, and each bad location refused in a sentence.
 */
@BothBackends
class WorkspaceCommandsTest {

    private static final Map<String, String> ENV = Map.of(WorkspaceArgument.PASSWORD_VARIABLE, SharedPostgres.PASSWORD);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void checkOfAWorkspaceListsItsFindingsAndSaysErrorsInItsExitCode(TempWorkspace workspace) {
        addSales(workspace);
        workspace.close();

        int exit = WorkspaceCommands.check(args("--workspace", workspace.location().reference()), paths(workspace), out(), err(), ENV,
                Clock.systemUTC());

        assertThat(exit).as(said()).isEqualTo(1);
        assertThat(said()).contains("noOutbound").contains(workspace.location().reference());
    }

    @Test
    void exportWritesTheWorkspaceAndImportBringsItIntoAnother(TempWorkspace workspace, @WorkspaceName("target") TempWorkspace target) {
        addSales(workspace);
        workspace.close();
        target.close();
        Path file = workspace.tempFolder().resolve("handover.json");

        assertThat(WorkspaceCommands.export(args(file.toString(), "--workspace", workspace.location().reference()), paths(workspace),
                out(), err(), ENV)).as(said()).isZero();
        assertThat(file).isRegularFile();
        assertThat(WorkspaceCommands.importFile(args(file.toString(), "--workspace", target.location().reference()), paths(workspace),
                out(), err(), ENV)).as(said()).isZero();
        assertThat(said()).contains("Imported " + file + " into " + target.location().reference() + ": ");

        target.reopen();
        assertThat(target.mailboxes().findAll()).extracting(Mailbox::name).containsExactly("sales");
        assertThat(WorkspaceCommands.importFile(args(file.toString(), "--workspace", target.location().reference(), "--existing",
                "sometimes"), paths(workspace), out(), err(), ENV)).isEqualTo(2);
        assertThat(said()).contains("--existing takes skip, replace or rename, not sometimes.");
    }

    @Test
    void aFileThatBreaksARuleImportsNothing(TempWorkspace workspace) throws Exception {
        workspace.close();
        Path file = Files.writeString(workspace.tempFolder().resolve("broken.json"), "{\"format\": \"mailroom-workspace\", \"version\": 2, "
                + "\"servers\": [], \"mailboxes\": [{\"name\": \"bad name!\"}]}");

        int exit = WorkspaceCommands.importFile(args(file.toString(), "--workspace", workspace.location().reference()), paths(workspace),
                out(), err(), ENV);

        assertThat(exit).as(said()).isEqualTo(1);
        assertThat(said()).contains("Nothing of " + file + " was imported.").doesNotContain("Exception");
        workspace.reopen();
        assertThat(workspace.mailboxes().findAll()).isEmpty();
    }

    @Test
    void optionsAndHistoryReadTheWorkspace(TempWorkspace workspace) {
        addSales(workspace);
        workspace.close();

        int exit = WorkspaceCommands.options(args("--workspace", workspace.location().reference(), "--even-with-errors"), paths(workspace),
                new ByteArrayInputStream(new byte[0]), out(), err(), ENV, Clock.systemUTC());
        assertThat(exit).as(said()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[pop-client-sales]");

        assertThat(HistoryCommand.run(args("--workspace", workspace.location().reference()), paths(workspace), out(), err(),
                java.time.ZoneId.of("UTC"), ENV)).as(said()).isZero();
    }

    @Test
    void badLocationsAreRefusedInASentenceAndMakeNoWorkspace(TempWorkspace workspace) {
        Path nowhere = workspace.tempFolder().resolve("typo");

        assertThat(WorkspaceCommands.check(args("--workspace", nowhere.toString()), paths(workspace), out(), err(), ENV,
                Clock.systemUTC())).isEqualTo(2);
        assertThat(WorkspaceCommands.export(args("out.json", "--workspace", "postgresql://db.contoso.com"), paths(workspace), out(), err(),
                ENV)).isEqualTo(2);
        assertThat(WorkspaceCommands.check(args("--workspace"), paths(workspace), out(), err(), ENV, Clock.systemUTC())).isEqualTo(2);
        WorkspaceLocation.TeamServer team = SharedPostgres.get().location("mailroom");
        assertThat(WorkspaceCommands.export(args(workspace.tempFolder().resolve("x.json").toString(), "--workspace", team.reference()),
                paths(workspace), out(), err(), Map.of())).isEqualTo(2);

        assertThat(said()).contains(nowhere + " holds no Mailroom workspace")
                .contains("'postgresql://db.contoso.com' is not a team workspace: write it as postgresql://USER@HOST:PORT/DATABASE.")
                .contains("needs its password in the environment variable MAILROOM_TEAM_PASSWORD")
                .doesNotContain("Exception", "at org.");
        assertThat(nowhere).doesNotExist();
    }

    private static void addSales(TempWorkspace workspace) {
        workspace.mailboxes().add(InboundMailbox.draft("sales", 5, "sales@contoso.com", Workspaces.imapPreset(workspace.servers())));
    }

    /** The data folder is another one: the commands must not fall back to it. */
    private static AppPaths paths(TempWorkspace workspace) {
        return new AppPaths(workspace.tempFolder().resolve("data-folder"));
    }

    private static String[] args(String... args) {
        return args;
    }

    private PrintStream out() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private PrintStream err() {
        return new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }
}
