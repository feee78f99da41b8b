package org.mailroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.mailroom.AppPaths;
import org.mailroom.Mailroom;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.Mailbox;
import org.mailroom.mail.LastTest;
import org.mailroom.mail.StepStatus;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.store.TestResultStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.mailroom.testing.MainWindowTestBase;

/**
 * Takes the README's screenshots on every test run, so they show the window as it is: into target/screenshots
 * (the build sets {@value #FOLDER_PROPERTY}); {@code ./mvnw -Pscreenshots verify} then copies them to
 * assets/screenshots, where the README shows them.
 */
class ReadmeScreenshotsTest extends MainWindowTestBase {

    static final String FOLDER_PROPERTY = "mailroom.screenshots";
    private static final Path SCREENSHOTS = Path.of(System.getProperty(FOLDER_PROPERTY, "target/screenshots"));

    @Override
    protected Mailroom open() {
        prepareWorkspace();
        return Mailroom.open(new AppPaths(folder));
    }

    /** The sample mailboxes, three of them enabled through an application, one tested. */
    private static void prepareWorkspace() {
        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder)) {
            MailServerStore servers = new MailServerStore(database);
            MailboxStore mailboxes = new MailboxStore(database, servers);
            List<Mailbox> samples = new SampleWorkspace(servers, mailboxes).load();
            ApplicationStore applications = new ApplicationStore(database);
            DigitalApplication sales = applications.add(new DigitalApplication(0, "Sales email", true));
            applications.add(DigitalApplication.draft("Claims (pilot)"));
            samples.stream().filter(m -> m.name().startsWith("s")).forEach(m -> applications.assign(m, sales));
            new TestResultStore(database).save(new LastTest(samples.get(1).id(), Instant.parse("2026-11-26T09:30:00Z"),
                    StepStatus.OK, "OK"));
        }
    }

    @Test
    void mainWindowWithSampleMailboxes(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        FxWait.waitUntil(() -> table.getItems().size() == 8);
        robot.interact(() -> table.getSelectionModel().select(6));
        WaitForAsyncUtils.waitForFxEvents();

        Path file = save(robot.lookup("#table").queryAs(Node.class).getScene().getRoot(), "main-window.png");
        assertThat(Files.size(file)).isPositive();

        // The dark theme, chosen in the View menu, and back to the default for the next run.
        robot.clickOn("View").clickOn("Theme: dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getStylesheets()).anyMatch(sheet -> sheet.endsWith("dark.css"));
        save(stage.getScene().getRoot(), "main-window-dark.png");
        robot.clickOn("View").clickOn("Theme: follow the system");
    }

    private static Path save(Node node, String name) throws IOException, Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
