package org.mailroom.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mailroom.testing.UiTest;
import org.mailroom.testing.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A risky action is never the default button: Enter in a confirmation cancels. */
@UiTest
class ConfirmDialogTest {

    private final CompletableFuture<Boolean> answered = new CompletableFuture<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 320, 200));
        stage.show();
    }

    @Test
    void enterCancelsAndOnlyTheConfirmButtonConfirms(FxRobot robot) throws Exception {
        Platform.runLater(() -> answered.complete(new FxDialogService().confirm("Delete", "Delete mailbox 'sales'?", "Delete")));
        FxWait.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Button delete = robot.lookup(".dialog-pane .button").match((Node n) -> "Delete".equals(((Button) n).getText())).queryButton();
        assertThat(delete.isDefaultButton()).isFalse();

        robot.type(KeyCode.ENTER);

        assertThat(answered.get(10, TimeUnit.SECONDS)).isFalse();
    }
}
