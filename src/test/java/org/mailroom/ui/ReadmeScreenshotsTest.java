package org.mailroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.AppPaths;
import org.mailroom.Mailroom;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Takes the README's screenshots on every test run, so they show the window as it is. */
@ExtendWith(ApplicationExtension.class)
class ReadmeScreenshotsTest {

    private static final Path SCREENSHOTS = Path.of("assets", "screenshots");

    @TempDir
    static Path folder;

    private Mailroom mailroom;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        mailroom = Mailroom.open(new AppPaths(folder));
        mailroom.showMainWindow(stage);
    }

    @BeforeEach
    void waitForTheWindow() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stage::isShowing);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages(); // also any dialog a failed step left open
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
        mailroom.close();
    }

    @Test
    void mainWindowWithSampleMailboxes(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        robot.clickOn("#loadSamples");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 8);
        robot.interact(() -> table.getSelectionModel().select(5));
        WaitForAsyncUtils.waitForFxEvents();

        Path file = save(robot.lookup("#table").queryAs(Node.class).getScene().getRoot(), "main-window.png");
        assertThat(Files.size(file)).isPositive();
    }

    private static Path save(Node node, String name) throws IOException, Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
