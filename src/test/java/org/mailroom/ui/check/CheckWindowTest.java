package org.mailroom.ui.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.testing.FxWait.waitUntil;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.mailroom.check.Finding;
import org.mailroom.check.ItemKind;
import org.mailroom.testing.MainWindowTestBase;
import org.testfx.api.FxRobot;

/** "Go to item" shows the item in the main window and leaves the findings open, to walk the list. */
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

        robot.clickOn("#goToButton");

        assertThat(mailroom.wiring().mailboxes().selectedProperty().get().id()).isEqualTo(aboutAMailbox.item().id());
        assertThat(robot.lookup("#goToButton").tryQuery()).isPresent(); // the findings stay open
    }
}
