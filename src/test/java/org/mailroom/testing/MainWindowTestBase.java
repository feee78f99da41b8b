package org.mailroom.testing;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.AppPaths;
import org.mailroom.Mailroom;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a fresh workspace, shown headless before each test and closed after it. */
@UiTest
public abstract class MainWindowTestBase {

    @TempDir
    protected static Path folder;

    protected Mailroom mailroom;
    protected Stage stage;

    @BeforeAll
    static void forgetOtherTestClassesExceptions() {
        WaitForAsyncUtils.clearExceptions(); // mail servers of earlier test classes may still be closing
    }

    /** TestFX finds @Start only on the test class itself, so the base class opens its window here. */
    @BeforeEach
    void showTheWindow() throws Exception {
        WaitForAsyncUtils.clearExceptions(); // from servers other test classes left behind, not from this window
        stage = FxToolkit.registerStage(Stage::new);
        mailroom = open();
        FxToolkit.setupFixture(() -> mailroom.showMainWindow(stage, whenPainted()));
        FxWait.waitUntil(stage::isShowing);
        WaitForAsyncUtils.waitForFxEvents(); // the first pulse gives the split pane its skin, and the table its place
        // On a busy machine the toolbar's first layout can still see a narrow window and park its last actions behind
        // its overflow button; the tests click them by id, so wait for the layout at the window's real width.
        FxWait.waitUntil(() -> stage.getScene().getRoot().lookupAll(".tool-bar-overflow-button").stream().noneMatch(Node::isVisible));
    }

    /**
     * How the test's app is opened; override to prepare the workspace or keep detection offline. By default on a new
     * workspace copied from the one made per JVM (making one is tested where it is the subject, see
     * {@link FreshH2Workspace}).
     */
    protected Mailroom open() throws Exception {
        Path dataFolder = folder.resolve("ws-" + System.nanoTime());
        FreshH2Workspace.copyTo(dataFolder);
        return Mailroom.open(new AppPaths(dataFolder));
    }

    /** What the window runs once its first frame is painted (the start-up probe's moment); nothing by default. */
    protected Runnable whenPainted() {
        return () -> { };
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages(); // also any dialog a failed step left open
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
        mailroom.close();
    }
}
