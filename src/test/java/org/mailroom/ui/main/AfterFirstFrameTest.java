package org.mailroom.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.transform.Translate;
import org.junit.jupiter.api.Test;
import org.mailroom.testing.MainWindowTestBase;
import org.mailroom.testing.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the first frame doesn't show (the check, the window icons) comes once it is painted, and the trick that
 * tells when that is leaves nothing behind: the window ends fully opaque and without a transform of the trick's. The
 * start-up probe's hook runs once, at that frame.
 */
class AfterFirstFrameTest extends MainWindowTestBase {

    private final AtomicInteger painted = new AtomicInteger();

    @Override
    protected Runnable whenPainted() {
        return painted::incrementAndGet;
    }

    @Test
    void theCheckAndTheIconsFollowTheFirstFrameAndTheWindowIsFullyOpaque(FxRobot robot) throws Exception {
        Button badge = robot.lookup("#checkButton").queryButton();
        FxWait.waitUntil(() -> !stage.getIcons().isEmpty());
        FxWait.waitUntil(() -> badge.getText() != null && !badge.getText().isBlank());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getRoot().getOpacity()).isEqualTo(1.0);
        assertThat(stage.getScene().getRoot().lookupAll("*")).allSatisfy(node ->
                assertThat(node.getTransforms()).noneMatch(Translate.class::isInstance)); // the busy spinner's segments scale
        assertThat(painted).hasValue(1);
    }
}
