package org.mailroom.testing;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.service.finder.WindowFinder;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's {@link ApplicationExtension} (the robot every UI test is handed), whose {@link #write(String)} types a whole
 * text and then waits for the FX thread once. TestFX's own waits after every character, and each wait is five round
 * trips to the FX thread with a 10 ms sleep after each: half a second for a ten-letter name. The characters arrive as
 * the same key events, in the same order, on the same focused control; only the waits between them are gone.
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
