package org.mailroom.ui.mailboxes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.testing.FxWait.waitUntil;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Cloud;
import org.mailroom.domain.MailboxKind;
import org.mailroom.testing.MainWindowTestBase;
import org.testfx.api.FxRobot;

/** Graph and EWS mailboxes made through the real form, headless; the table, the details and the migration assistant show them. */
class MailboxKindsWindowTest extends MainWindowTestBase {

    @Test
    void aGraphInboundAGraphOutboundAndAnEwsMailboxThroughTheForm(FxRobot robot) {
        TableView<MailboxItem> table = robot.lookup("#table").queryAs(TableView.class);

        // Inbound through Graph: a cloud and an address, no password and no server
        robot.clickOn("#addMenu").clickOn("#addInboundGraph");
        assertThat(robot.lookup("#passwordField").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#serverRow").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#cloudChoice").queryAs(ComboBox.class).getValue()).isEqualTo(Cloud.GLOBAL);
        robot.clickOn("#nameField").write("claims");
        robot.clickOn("#loginField").write("claims");
        Button ok = okButton(robot);
        assertThat(ok.isDisabled()).isTrue();
        assertThat(problems(robot)).contains("Mailbox: the address of the mailbox in Exchange Online");
        robot.write("@contoso.com");
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);
        waitUntil(() -> table.getItems().size() == 1);

        // Outbound through Graph
        robot.clickOn("#addMenu").clickOn("#addOutboundGraph");
        robot.clickOn("#fromAddressChoice").write("s@contoso.com");
        robot.clickOn("#loginField").write("s@contoso.com");
        robot.clickOn(okButton(robot));
        waitUntil(() -> table.getItems().size() == 2);

        // Inbound through EWS: Exchange Online's URL is offered; http is refused in words and nothing is saved
        robot.clickOn("#addMenu").clickOn("#addInboundEws");
        TextField url = robot.lookup("#ewsUrlField").queryAs(TextField.class);
        assertThat(url.getText()).isEqualTo("https://outlook.office365.com/EWS/Exchange.asmx");
        assertThat(robot.lookup("#folderPathField").queryAs(TextField.class).getText()).isEqualTo("Inbox");
        robot.clickOn("#nameField").write("billing");
        robot.clickOn("#loginField").write("b@contoso.com");
        robot.clickOn("#passwordField").write("pw");
        robot.interact(() -> url.setText("http://mail.contoso.com/EWS/Exchange.asmx"));
        Button ewsOk = okButton(robot);
        assertThat(ewsOk.isDisabled()).isTrue();
        assertThat(problems(robot)).contains("EWS URL: must start with https://");
        robot.interact(() -> url.setText("https://mail.contoso.com/EWS/Exchange.asmx"));
        assertThat(ewsOk.isDisabled()).isFalse();
        robot.clickOn(ewsOk);
        waitUntil(() -> table.getItems().size() == 3);

        // the table's Type column and the details of each kind
        assertThat(table.getItems()).extracting(item -> item.mailbox().kind())
                .containsExactlyInAnyOrder(MailboxKind.GRAPH, MailboxKind.GRAPH, MailboxKind.EWS);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(item -> item.name().equals("billing")).findFirst().orElseThrow()));
        assertThat(details(robot)).contains("EWS", "https://mail.contoso.com/EWS/Exchange.asmx", "Inbox");
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(item -> item.name().equals("claims")).findFirst().orElseThrow()));
        assertThat(details(robot)).contains("Graph", "graph.microsoft.com", "none: Graph signs in with the app registration's client secret");

        // the Graph filter
        robot.clickOn("#filterGraph");
        waitUntil(() -> table.getItems().size() == 2);
        robot.clickOn("#filterAll");
        waitUntil(() -> table.getItems().size() == 3);
    }

    @Test
    void theMigrationAssistantOpensFromTheManageMenu(FxRobot robot) {
        robot.clickOn("#manageMenu").clickOn("#migrationItem");
        waitUntil(() -> robot.lookup("#previewArea").tryQuery().isPresent());
        TextArea preview = robot.lookup("#previewArea").queryAs(TextArea.class);
        waitUntil(() -> !preview.getText().isEmpty());
        assertThat(preview.getText()).contains("No app registration uses client credentials yet");
        assertThat(robot.lookup("#applyButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#smtpArea").queryAs(TextArea.class).getText()).contains("end of December 2026", "5.7.139");
    }

    private static Button okButton(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").match((Node n) -> "OK".equals(((Button) n).getText())).queryButton();
    }

    private static String problems(FxRobot robot) {
        return robot.lookup("#problems").queryAs(Label.class).getText();
    }

    private static String details(FxRobot robot) {
        List<String> lines = robot.lookup(n -> n.getId() != null && n.getId().startsWith("detail-")).queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
        return String.join("\n", lines);
    }
}
