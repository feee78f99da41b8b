package org.mailroom.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailroom.AppPaths;
import org.mailroom.Mailroom;
import org.mailroom.service.RecentWorkspaces;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceGenerator;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.FxWait;
import org.mailroom.testing.MainWindowTestBase;
import org.mailroom.testing.SharedPostgres;
import org.testfx.api.FxRobot;

/**
 * The Workspace menu in the real window: Open recent switches the window to another folder's workspace without a
 * restart (title, table and check follow), and the team dialog says each refusal in its own window, stops connecting
 * on Cancel, and takes the window to the team workspace once the server lets it in.
 */
class WorkspacesWindowTest extends MainWindowTestBase {

    private final SharedPostgres postgres = SharedPostgres.get();
    private WorkspaceLocation.TeamServer team;
    private Path contoso;
    private final List<AutoCloseable> silentServers = new ArrayList<>();

    @Override
    protected Mailroom open() throws Exception {
        Path home = folder.resolve("home-" + System.nanoTime());
        contoso = folder.resolve("contoso-" + System.nanoTime());
        try (WorkspaceDatabase other = WorkspaceDatabase.open(contoso)) {
            MailServerStore servers = new MailServerStore(other);
            new WorkspaceGenerator(servers, new MailboxStore(other, servers)).generate(3, 7);
        }
        team = postgres.newWorkspace();
        RecentWorkspaces recent = new RecentWorkspaces(home);
        recent.opened(team);
        recent.opened(new WorkspaceLocation.Folder(contoso));
        return Mailroom.open(new AppPaths(home));
    }

    @AfterEach
    void dropTheTeamWorkspace() throws Exception {
        for (AutoCloseable server : silentServers) {
            server.close();
        }
        postgres.drop(team);
    }

    @Test
    void openRecentSwitchesTheWindowToTheOtherWorkspaceWithoutARestart(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Mailroom — Default workspace");
        robot.clickOn("Workspace").clickOn("Open recent");
        robot.clickOn(contoso.getFileName() + " — " + contoso);

        FxWait.waitUntil(() -> stage.getTitle().equals("Mailroom — " + contoso.getFileName()));
        FxWait.waitUntil(() -> robot.lookup("#table").queryAs(TableView.class).getItems().size() == 3);
        assertThat(stage.getScene().getRoot().isDisabled()).isFalse();
        assertThat(mailroom.workspaces().recent()).first().extracting(RecentWorkspaces.Entry::reference).isEqualTo(contoso.toString());
    }

    @Test
    void theTeamDialogSaysWhyInItselfStopsOnCancelAndConnectsTheWindow(FxRobot robot) throws Exception {
        robot.clickOn("Workspace").clickOn("Connect to a team workspace…");
        FxWait.waitUntil(() -> robot.lookup("#databaseField").tryQuery().isPresent());
        assertThat(field(robot, "#databaseField")).isEqualTo(team.database()); // filled in from the last team workspace

        robot.clickOn("#passwordField").write("nope");
        robot.clickOn("#connectButton");
        FxWait.waitUntil(() -> !label(robot, "#failureLabel").isEmpty());
        assertThat(label(robot, "#failureLabel")).startsWith("The server localhost:" + postgres.port() + " refused the user mailroom");
        assertThat(field(robot, "#passwordField")).isEqualTo("nope");

        int silent = silentServer();
        robot.doubleClickOn("#portField").write(String.valueOf(silent));
        robot.clickOn("#connectButton");
        FxWait.waitUntil(() -> robot.lookup("#cancelButton").queryAs(Node.class).isVisible());
        robot.clickOn("#cancelButton");
        FxWait.waitUntil(() -> label(robot, "#failureLabel").startsWith("Connecting was cancelled; nothing changed."));
        assertThat(stage.getTitle()).isEqualTo("Mailroom — Default workspace");

        robot.doubleClickOn("#portField").write(String.valueOf(postgres.port()));
        robot.doubleClickOn("#passwordField").write(SharedPostgres.PASSWORD);
        robot.clickOn("#connectButton");
        FxWait.waitUntil(() -> stage.getTitle().equals("Mailroom — " + team.database() + "@localhost"));
        FxWait.waitUntil(() -> Window.getWindows().stream().filter(Window::isShowing).count() == 1);
    }

    /** A port that takes the connection and never answers, as a firewall that swallows packets would. */
    private int silentServer() throws IOException {
        ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        List<Socket> held = new ArrayList<>();
        Thread accept = new Thread(() -> {
            try {
                while (true) {
                    held.add(server.accept());
                }
            } catch (IOException closed) {
                // the test ended
            }
        });
        accept.setDaemon(true);
        accept.start();
        silentServers.add(server);
        return server.getLocalPort();
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryTextInputControl().getText();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
