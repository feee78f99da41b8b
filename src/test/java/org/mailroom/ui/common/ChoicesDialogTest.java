package org.mailroom.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailroom.testing.UiTest;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real "one answer per row" dialog, as the import shows it for conflicting names. */
@UiTest
class ChoicesDialogTest {

    private static final List<DialogService.Choice<String>> ROWS = List.of(
            new DialogService.Choice<>("Mailbox 'claims.intake'", List.of("skip", "replace", "rename"), "skip"),
            new DialogService.Choice<>("Mailbox 'smtp-client'", List.of("skip", "replace"), "skip"));

    private final CompletableFuture<Optional<List<String>>> answered = new CompletableFuture<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 320, 200));
        stage.show();
    }

    @AfterEach
    void closeDialogs() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void setEveryItemChangesTheRowsThatAllowItAndOkGivesTheAnswersInRowOrder(FxRobot robot) throws Exception {
        open();
        ComboBox<String> claims = robot.lookup("#choice-0").queryComboBox();
        ComboBox<String> outbound = robot.lookup("#choice-1").queryComboBox();
        assertThat(claims.getConverter().toString(claims.getValue())).as("named by the describe function").isEqualTo("SKIP");

        setEveryItemTo(robot, "RENAME");
        assertThat(claims.getValue()).isEqualTo("rename");
        assertThat(outbound.getValue()).as("renaming isn't offered for this row").isEqualTo("skip");
        assertThat(outbound.getItems()).containsExactly("skip", "replace");

        setEveryItemTo(robot, "REPLACE");
        robot.interact(() -> claims.setValue("skip"));
        setEveryItemTo(robot, "REPLACE"); // the same answer again still applies
        assertThat(claims.getValue()).isEqualTo("replace");
        robot.clickOn(button(robot, "OK"));

        assertThat(answered.get(5, TimeUnit.SECONDS)).contains(List.of("replace", "replace"));
    }

    @Test
    void cancelGivesNoAnswers(FxRobot robot) throws Exception {
        open();
        setEveryItemTo(robot, "REPLACE");
        robot.clickOn(button(robot, "Cancel"));

        assertThat(answered.get(5, TimeUnit.SECONDS)).isEmpty();
    }

    private static void setEveryItemTo(FxRobot robot, String answer) {
        MenuButton forAll = robot.lookup("#choiceForAll").queryAs(MenuButton.class);
        MenuItem item = forAll.getItems().stream().filter(i -> i.getText().equals(answer)).findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    private void open() {
        Platform.runLater(() -> answered.complete(new FxDialogService()
                .chooseEach("Import workspace", "2 items in the file have the name of an existing item.", ROWS, String::toUpperCase)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals(text)).queryButton();
    }
}
