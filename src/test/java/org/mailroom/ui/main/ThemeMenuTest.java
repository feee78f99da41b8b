package org.mailroom.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import org.junit.jupiter.api.Test;
import org.mailroom.testing.MainWindowTestBase;
import org.mailroom.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Theme shows which theme is in use, and choosing another ticks it and applies it. */
class ThemeMenuTest extends MainWindowTestBase {

    @Test
    void theViewMenuTicksTheThemeInUse(FxRobot robot) throws Exception {
        assertThat(ticked(robot)).isEqualTo("Theme: follow the system"); // a fresh workspace's choice

        robot.clickOn("View").clickOn("Theme: dark");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ticked(robot)).isEqualTo("Theme: dark");
        assertThat(stage.getScene().getStylesheets()).contains(Theme.DARK_CSS);
        robot.clickOn("View").clickOn("Theme: light");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ticked(robot)).isEqualTo("Theme: light");
        assertThat(stage.getScene().getStylesheets()).doesNotContain(Theme.DARK_CSS);
    }

    private static String ticked(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> item instanceof RadioMenuItem radio && radio.isSelected())
                .map(item -> item.getText().replace("_", "")).findFirst().orElse("none");
    }
}
