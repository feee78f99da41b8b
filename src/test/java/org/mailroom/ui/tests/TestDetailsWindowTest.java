package org.mailroom.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.testing.FxWait.waitUntil;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.mailroom.AppPaths;
import org.mailroom.Mailroom;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.MainWindowTestBase;
import org.testfx.api.FxRobot;

/** A failed test says in the details panel what to do, above its steps, which are plain lines (no box scrolling of its own). */
class TestDetailsWindowTest extends MainWindowTestBase {

    @Override
    protected Mailroom open() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort(); // nothing listens there once it is closed
        }
        Path home = folder.resolve("ws-" + System.nanoTime());
        WorkspaceDatabase database = WorkspaceDatabase.open(home);
        try {
            MailServerStore servers = new MailServerStore(database);
            MailServer server = servers.add(MailServer.draft("127.0.0.1", closedPort, Protocol.IMAP, ConnectionSecurity.NONE));
            new MailboxStore(database, servers).add(InboundMailbox.draft("support@contoso.com", 10, "support@contoso.com", server));
        } finally {
            database.close();
        }
        return Mailroom.open(new AppPaths(home));
    }

    @Test
    void aFailedTestShowsWhatToDoAndItsStepsInThePanel(FxRobot robot) {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));

        robot.clickOn("#testButton");
        waitUntil(() -> robot.lookup("#askPassword").tryQuery().isPresent());
        PasswordField password = robot.lookup("#askPassword").queryAs(PasswordField.class);
        robot.interact(() -> password.setText("not-the-point"));
        robot.clickOn(password).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".test-step").tryQuery().isPresent());

        VBox advice = robot.lookup(".test-advice").queryAs(VBox.class);
        assertThat(advice.isVisible()).isTrue();
        String whatToDo = ((Label) advice.getChildren().get(1)).getText();
        assertThat(whatToDo).isNotBlank();
        assertThat(mailroom.wiring().tests().report(mailroom.wiring().mailboxes().selectedProperty().get().id()).orElseThrow())
                .contains(whatToDo); // the panel says what the copied report says
        assertThat(robot.lookup(".test-step").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#testBox").lookup((javafx.scene.Node node) -> node instanceof ListView).tryQuery()).isEmpty();
    }
}
