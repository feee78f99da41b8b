package org.mailroom.ui.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.testing.FxWait.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailroom.AppPaths;
import org.mailroom.Mailroom;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.MainWindowTestBase;
import org.mailroom.testing.SharedPostgres;
import org.testfx.api.FxRobot;

/**
 * The Mail servers manager open on a team workspace while another admin changes the same entry: their change shows in
 * the list, the host typed stays, the save is refused with Reload and Compare, and Reload then Save goes over theirs.
 */
class MailServersTeamWindowTest extends MainWindowTestBase {

    private WorkspaceLocation.TeamServer team;
    private WorkspaceDatabase otherAdmin;

    @Override
    protected Mailroom open() {
        team = SharedPostgres.get().newWorkspace();
        otherAdmin = WorkspaceDatabase.open(team, SharedPostgres.PASSWORD.toCharArray());
        return Mailroom.open(new AppPaths(folder.resolve("ws-" + System.nanoTime())), team, SharedPostgres.PASSWORD.toCharArray());
    }

    @AfterEach
    void closeTheOtherAdmin() {
        otherAdmin.close();
    }

    @Test
    void reloadAfterARefusedSaveShowsTheirsAndTheNextSaveGoesOverIt(FxRobot robot) {
        MailServerStore theirs = new MailServerStore(otherAdmin);
        MailServer entry = theirs.add(MailServer.draft("imap.contoso.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS));
        robot.clickOn("#manageMenu").clickOn("#serversItem");
        ListView<MailServer> list = robot.lookup("#serverList").queryListView();
        waitUntil(() -> list.getItems().stream().anyMatch(server -> server.id() == entry.id()));
        robot.interact(() -> list.getSelectionModel().select(entry));
        TextField host = robot.lookup("#hostField").queryAs(TextField.class);
        TextField port = robot.lookup("#portField").queryAs(TextField.class);
        assertThat(host.getText()).isEqualTo("imap.contoso.com");

        // Their change reaches the open window (LISTEN/NOTIFY): the untouched form shows it.
        theirs.update(onPort(entry, 1993));
        waitUntil(() -> "1993".equals(port.getText()));

        // The host typed here stays while their next change comes in.
        robot.interact(host::clear);
        robot.clickOn(host).write("imap.mine.com");
        theirs.update(onPort(entry, 2993));
        waitUntil(() -> list.getItems().stream().anyMatch(server -> server.port() == 2993));
        assertThat(host.getText()).isEqualTo("imap.mine.com");
        assertThat(port.getText()).isEqualTo("1993");

        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        robot.clickOn(robot.lookup(".dialog-pane #saveButton").queryButton());
        Node conflictActions = robot.lookup("#conflictActions").query();
        waitUntil(conflictActions::isVisible);
        assertThat(message.getText()).contains("changed 'imap.contoso.com:2993' on ").contains("your changes were not saved");
        robot.clickOn("#compareButton");
        Label comparison = robot.lookup("#comparison").queryAs(Label.class);
        waitUntil(comparison::isVisible);
        assertThat(comparison.getText()).isEqualTo("Host: yours imap.mine.com \u00b7 theirs imap.contoso.com\n"
                + "Port: yours 1993 \u00b7 theirs 2993");

        robot.clickOn("#reloadButton");
        waitUntil(() -> "imap.contoso.com".equals(host.getText()) && "2993".equals(port.getText()));
        assertThat(conflictActions.isVisible()).isFalse();

        robot.interact(host::clear);
        robot.clickOn(host).write("imap.mine.com");
        robot.clickOn(robot.lookup(".dialog-pane #saveButton").queryButton());
        waitUntil(() -> message.getText().equals("Saved imap.mine.com:2993 · IMAP · SSL/TLS."));
        assertThat(theirs.find(entry.id())).hasValueSatisfying(stored -> assertThat(stored.label()).isEqualTo("imap.mine.com:2993 · IMAP · SSL/TLS"));
    }

    private static MailServer onPort(MailServer entry, int port) {
        return new MailServer(entry.id(), entry.host(), port, entry.protocol(), entry.security());
    }
}
