package org.mailroom.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mailroom.secrets.Passphrases;
import org.mailroom.testing.UiTest;
import org.mailroom.testing.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A too-short or mistyped new passphrase is refused inside the dialog, which stays open with the reason. */
@UiTest
class NewPasswordDialogTest {

    private final CompletableFuture<Optional<char[]>> answered = new CompletableFuture<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 320, 200));
        stage.show();
    }

    @Test
    void theDialogStaysOpenWithTheReasonUntilTheRuleIsMet(FxRobot robot) throws Exception {
        Platform.runLater(() -> answered.complete(new FxDialogService().askNewPassword("Export passphrase", "Choose one:",
                Passphrases::refusal)));
        FxWait.waitUntil(() -> robot.lookup("#newPassword").tryQuery().isPresent());
        PasswordField field = robot.lookup("#newPassword").queryAs(PasswordField.class);
        PasswordField repeat = robot.lookup("#repeatPassword").queryAs(PasswordField.class);
        Button ok = (Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK);

        pressOk(robot, field, repeat, ok, "x", "x");
        assertThat(answered).isNotDone();
        assertThat(robot.lookup("#newPasswordProblem").queryAs(Label.class).getText())
                .isEqualTo("Passphrase: at least 8 characters, not only spaces (a few words are easier to remember and harder to guess)");

        pressOk(robot, field, repeat, ok, "correct horse", "correct hose");
        assertThat(answered).isNotDone();
        assertThat(robot.lookup("#newPasswordProblem").queryAs(Label.class).getText())
                .isEqualTo("Passphrase: the two entries differ; type the same passphrase twice");

        pressOk(robot, field, repeat, ok, "correct horse", "correct horse");
        assertThat(answered.get(10, TimeUnit.SECONDS)).map(String::new).contains("correct horse");
    }

    private static void pressOk(FxRobot robot, PasswordField field, PasswordField repeat, Button ok, String typed, String repeated) {
        robot.interact(() -> {
            field.setText(typed);
            repeat.setText(repeated);
            ok.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
