package org.mailroom.ui.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.testing.FxWait.waitUntil;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.mailroom.diagnosis.Explanation;
import org.mailroom.diagnosis.KnownError;
import org.mailroom.testing.MainWindowTestBase;
import org.testfx.api.FxRobot;

/** Help ▸ Explain an error message…: paste, Explain, read the cause, the field and the fix. */
class ExplainWindowTest extends MainWindowTestBase {

    @Test
    void pastedWordsAreExplainedInTheWindow(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("Explain an error message…");
        waitUntil(() -> robot.lookup("#pastedText").tryQuery().isPresent());
        TextArea pasted = robot.lookup("#pastedText").queryAs(TextArea.class);

        robot.clickOn("#explainButton");
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).contains("Nothing to explain");

        robot.interact(() -> pasted.setText("554 5.2.252 SendAsDenied; agent@contoso.com not allowed to send as sales@contoso.com"));
        robot.clickOn("#explainButton");

        @SuppressWarnings("unchecked")
        TableView<Explanation> table = robot.lookup("#table").match(n -> n.getScene() != stage.getScene()).queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        assertThat(table.getItems()).extracting(Explanation::row).containsExactly(KnownError.SEND_AS_DENIED);
        assertThat(table.getItems().get(0).field()).isEqualTo("From Address");
        assertThat(table.getItems().get(0).fix()).contains("-Trustee agent@contoso.com -AccessRights SendAs");
        assertThat(pasted.getText()).startsWith("554"); // the pasted words stay, to paste more beside them
        save(table.getScene().getRoot()); // to look at: target/screenshots/explain-window.png
    }

    private static void save(javafx.scene.Node node) throws Exception {
        javafx.scene.image.WritableImage image = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(folder);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                folder.resolve("explain-window.png").toFile());
    }
}
