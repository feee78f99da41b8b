package org.mailroom.ui.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.testing.FxWait.waitUntil;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.mailroom.check.Finding;
import org.mailroom.check.ItemKind;
import org.mailroom.testing.MainWindowTestBase;
import org.testfx.api.FxRobot;

/** Each finding is shown whole; "Go to item" shows the item in the main window and leaves the findings open, to walk the list. */
class CheckWindowTest extends MainWindowTestBase {

    @Test
    void goToItemSelectsTheMailboxAndKeepsTheFindingsOpen(FxRobot robot) {
        TableView<?> mailboxes = robot.lookup("#table").queryAs(TableView.class);
        robot.clickOn("#loadSamples");
        waitUntil(() -> mailboxes.getItems().size() == 8);

        robot.clickOn("#checkButton");
        waitUntil(() -> robot.lookup("#goToButton").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Finding> findings = robot.lookup("#table").match(n -> n != mailboxes).queryAs(TableView.class);
        waitUntil(() -> !findings.getItems().isEmpty());
        Finding aboutAMailbox = findings.getItems().stream()
                .filter(f -> f.item().kind() == ItemKind.MAILBOX).findFirst().orElseThrow();
        robot.interact(() -> findings.getSelectionModel().select(aboutAMailbox));

        for (javafx.scene.Node cell : robot.lookup(".table-cell").match(n -> isIn(n, findings)).queryAll()) {
            TableCell<?, ?> tableCell = (TableCell<?, ?>) cell;
            if (tableCell.getText() != null && !tableCell.getText().isEmpty()) {
                Text shown = (Text) tableCell.lookup(".text");
                assertThat(shown.getText()).as("a finding is shown whole, never cut with \u2026").isEqualTo(tableCell.getText());
            } else if (tableCell.getGraphic() instanceof Text wrapped && !wrapped.getText().isEmpty()) {
                assertThat(wrapped.getLayoutBounds().getHeight()).as("all lines of '%s' fit the row", wrapped.getText())
                        .isLessThanOrEqualTo(tableCell.getHeight());
            }
        }

        robot.clickOn("#goToButton");

        assertThat(mailroom.wiring().mailboxes().selectedProperty().get().id()).isEqualTo(aboutAMailbox.item().id());
        assertThat(robot.lookup("#goToButton").tryQuery()).isPresent(); // the findings stay open
    }

    private static boolean isIn(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
