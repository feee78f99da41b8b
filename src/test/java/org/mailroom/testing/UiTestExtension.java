package org.mailroom.testing;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.robot.BaseRobot;
import org.testfx.robot.Motion;
import org.testfx.service.finder.WindowFinder;
import org.testfx.service.query.PointQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's {@link ApplicationExtension} (the robot every UI test is handed), whose {@link #write(String)} and clicks
 * wait for the FX thread once, at the end. TestFX's own wait after every character, and after a click's every move,
 * press and release; each wait is five round trips to the FX thread with a 10 ms sleep after each: half a second for
 * a ten-letter name. The events are the same, in the same order, on the same controls; only the waits between them
 * are gone.
 */
public class UiTestExtension extends ApplicationExtension {

    @Override
    public FxRobot write(String text) {
        Scene scene = typingWindow().getScene();
        for (char character : text.toCharArray()) {
            robotContext().getBaseRobot().typeKeyboard(scene, keyCode(character), Character.toString(character));
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /**
     * Every click of a query, a node or a point ends here: the pointer moves there, the buttons go down and up, and then
     * the robot waits for the FX thread once. TestFX's own click waits after the move's steps, the press and the
     * release, four waits of at least 50 ms each. The events are the same and arrive in the same order.
     */
    @Override
    public FxRobot clickOn(PointQuery point, Motion motion, MouseButton... buttons) {
        MouseButton[] pressed = buttons.length == 0 ? new MouseButton[] {MouseButton.PRIMARY} : buttons;
        BaseRobot mouse = robotContext().getBaseRobot();
        mouse.moveMouse(point.query());
        for (MouseButton button : pressed) {
            mouse.pressMouse(button);
        }
        for (MouseButton button : pressed) {
            mouse.releaseMouse(button);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The window TestFX's own write robot types into: the focused one, else the target window, else the first. */
    private Window typingWindow() {
        WindowFinder windows = robotContext().getWindowFinder();
        Window window = windows.window(Window::isFocused);
        if (window == null) {
            window = windows.targetWindow();
        }
        return window != null ? window : windows.window(0);
    }

    /** As TestFX types them: Enter and Tab as their keys, every other character as text. */
    private static KeyCode keyCode(char character) {
        return switch (character) {
            case '\n' -> KeyCode.ENTER;
            case '\t' -> KeyCode.TAB;
            default -> KeyCode.UNDEFINED;
        };
    }
}
