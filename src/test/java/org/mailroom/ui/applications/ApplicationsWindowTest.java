package org.mailroom.ui.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.testing.FxWait.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.DigitalApplication;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.mailroom.testing.MainWindowTestBase;

/** Enablement through applications, driven in the real window. */
class ApplicationsWindowTest extends MainWindowTestBase {

    @Test
    void anAssignedMailboxIsEnabledWhileItsStreamIsAndCannotBeDeletedThen(FxRobot robot) {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        robot.clickOn("#loadSamples");
        waitUntil(() -> table.getItems().size() == 8);

        // Draft an application with its stream enabled.
        robot.clickOn("#manageMenu").clickOn("#applicationsItem");
        robot.clickOn("#nameField").write("Sales");
        robot.clickOn("#addButton");
        TableView<?> applications = robot.lookup("#table").match(n -> n != table).queryAs(TableView.class);
        waitUntil(() -> applications.getItems().size() == 1);
        robot.clickOn("#streamButton");
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText().contains("is enabled"));
        closeManager(robot);

        // Assign the first mailbox to it in the details panel: the marker turns red.
        robot.interact(stage::requestFocus);
        robot.clickOn("claims.intake");
        ComboBox<DigitalApplication> choice = robot.lookup("#applicationChoice").queryComboBox();
        robot.interact(() -> choice.setValue(choice.getItems().get(1)));
        waitUntil(() -> selectedIsRed(robot));

        // Delete is refused with the way out.
        robot.clickOn("#deleteButton");
        Label error = robot.lookup("#errorMessage").queryAs(Label.class);
        assertThat(error.getText()).endsWith("Disable application stream 'Sales' or unassign the mailbox first.");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        assertThat(table.getItems()).hasSize(8);

        // Disabling the stream disables the mailbox.
        robot.interact(stage::requestFocus);
        robot.clickOn("#manageMenu").clickOn("#applicationsItem");
        robot.clickOn(robot.lookup(".dialog-pane #table .table-row-cell").nth(0).<Node>query());
        robot.clickOn("#streamButton");
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText().contains("is disabled"));
        closeManager(robot);
        waitUntil(() -> !selectedIsRed(robot));
    }

    /** Whether the marker in the row of the selected mailbox is red (false while the table redraws). */
    private static boolean selectedIsRed(FxRobot robot) {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        Object selected = table.getSelectionModel().getSelectedItem();
        return selected != null && robot.lookup("#table .table-row-cell")
                .match((Node n) -> ((javafx.scene.control.TableRow<?>) n).getItem() == selected).tryQuery()
                .map(row -> row.lookup(".state-marker"))
                .filter(marker -> marker != null && marker.getStyleClass().contains("enabled"))
                .isPresent();
    }

    private static void closeManager(FxRobot robot) {
        Button close = robot.lookup(".dialog-pane .button").match((Node n) -> "Close".equals(((Button) n).getText())).queryButton();
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
    }

}
