package org.mailroom.ui.mailboxes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.testing.FxWait.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.mailroom.Mailroom;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.mailroom.testing.MainWindowTestBase;

/** Drives the real main window headless: the smoke test of the mailbox workspace. */
class MainWindowTest extends MainWindowTestBase {

    @Test
    void theWorkspaceCanBeFilledFilteredSearchedEditedAndPruned(FxRobot robot) {
        assertThat(stage.getTitle()).startsWith("Mailroom");
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);

        robot.clickOn("#loadSamples");
        waitUntil(() -> table.getItems().size() == 8);
        assertThat(status.getText()).isEqualTo("8 mailboxes · 8 shown");

        // Add an inbound mailbox through the dialog.
        robot.clickOn("#addMenu").clickOn("#addInbound");
        robot.clickOn("#nameField").write("orders");
        robot.clickOn("#loginField").write("orders");
        Button ok = okButton(robot);
        assertThat(ok.isDisabled()).isTrue();
        robot.clickOn("#passwordField").write("pw");
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);
        waitUntil(() -> table.getItems().size() == 9);
        assertThat(detail(robot, 0)).isEqualTo("orders");

        // The outbound filter shows only smtp-client, and a second outbound cannot be added.
        robot.clickOn("#filterOutbound");
        waitUntil(() -> table.getItems().size() == 1);
        MenuButton addMenu = robot.lookup("#addMenu").queryAs(MenuButton.class);
        robot.clickOn(addMenu);
        MenuItem addOutbound = addMenu.getItems().stream().filter(item -> "addOutbound".equals(item.getId())).findFirst().orElseThrow();
        assertThat(addOutbound.isDisable()).isTrue();
        assertThat(addOutbound.getText()).contains("only one is permitted");
        robot.interact(addMenu::hide);
        robot.clickOn("#filterAll");
        waitUntil(() -> table.getItems().size() == 9);

        // Search as you type, select, and see the details.
        // A headless stage does not get focus back by itself when a dialog closes.
        robot.interact(stage::requestFocus);
        robot.clickOn("#searchField").write("helpd");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(status.getText()).isEqualTo("9 mailboxes · 1 shown");
        robot.clickOn("helpdesk@fabrikam.com");
        assertThat(detail(robot, 0)).isEqualTo("helpdesk@fabrikam.com");

        // Edit: the name is read-only; Esc cancels.
        robot.clickOn("#editButton");
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        assertThat(name.isEditable()).isFalse();
        robot.clickOn("#loginField").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isEmpty());

        // Delete asks first.
        robot.interact(stage::requestFocus);
        robot.doubleClickOn("#searchField").eraseText(5).write("orders");
        waitUntil(() -> table.getItems().size() == 1);
        // the row showing the mailbox: the table keeps spare empty rows, which may come first
        robot.clickOn(robot.lookup("#table .table-row-cell").match((TableRow<?> row) -> row.getItem() != null).<Node>query());
        assertThat(detail(robot, 0)).isEqualTo("orders");
        robot.clickOn("#deleteButton");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Node n) -> ((Button) n).getText().equals("_Delete")
                || ((Button) n).getText().equals("Delete")).queryButton());
        waitUntil(() -> table.getItems().isEmpty());
        assertThat(status.getText()).isEqualTo("8 mailboxes · 0 shown");
    }

    private static Button okButton(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").match((Node n) -> "OK".equals(((Button) n).getText())).queryButton();
    }

    private static String detail(FxRobot robot, int line) {
        return robot.lookup("#detail-" + line).queryAs(Label.class).getText();
    }

}
