package org.mailroom.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.mailroom.testing.MainWindowTestBase;
import org.mailroom.testing.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the first frame doesn't show (the check, the window icons) comes once it is painted, and the trick that
 * tells when that is leaves nothing behind: the window ends fully opaque. The start-up probe's hook runs once, at that
 * frame, before that work starts.
 */
class AfterFirstFrameTest extends MainWindowTestBase {

    private final List<Boolean> paintedWithIcons = new CopyOnWriteArrayList<>();

    @Override
    protected Runnable whenPainted() {
        return () -> paintedWithIcons.add(!stage.getIcons().isEmpty());
    }

    @Test
    void theCheckAndTheIconsFollowTheFirstFrameAndTheWindowIsFullyOpaque(FxRobot robot) throws Exception {
        Button badge = robot.lookup("#checkButton").queryButton();
        FxWait.waitUntil(() -> !stage.getIcons().isEmpty());
        FxWait.waitUntil(() -> badge.getText() != null && !badge.getText().isBlank());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getRoot().getOpacity()).isEqualTo(1.0);
        assertThat(paintedWithIcons).as("the hook ran once, before the icons were set").containsExactly(false);
    }
}
