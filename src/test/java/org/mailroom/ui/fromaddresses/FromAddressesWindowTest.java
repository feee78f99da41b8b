package org.mailroom.ui.fromaddresses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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

/** From the outbound form's drop-down, "Add..." manages the From addresses; the list follows at once. */
@ExtendWith(ApplicationExtension.class)
class FromAddressesWindowTest {

    @TempDir
    static Path folder;

    private Mailroom mailroom;
    private Stage stage;

    @BeforeAll
    static void forgetOtherTestClassesExceptions() {
        WaitForAsyncUtils.clearExceptions(); // mail servers of earlier test classes may still be closing
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        mailroom = Mailroom.open(new AppPaths(folder.resolve("ws-" + System.nanoTime())));
        mailroom.showMainWindow(stage);
    }

    @BeforeEach
    void waitForTheWindow() throws Exception {
        WaitForAsyncUtils.clearExceptions(); // from servers other test classes left behind, not from this window
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stage::isShowing);
        WaitForAsyncUtils.waitForFxEvents(); // the first pulse gives the split pane its skin, and the table its place
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages(); // also any dialog a failed step left open
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
        mailroom.close();
    }

    @Test
    void addAValueFromTheOutboundDialog(FxRobot robot) throws Exception {
        robot.clickOn("#addMenu").clickOn("#addOutbound");
        @SuppressWarnings("unchecked")
        ComboBox<String> from = robot.lookup("#fromAddressChoice").queryAs(ComboBox.class);
        assertThat(from.getItems()).containsExactly("Add…");

        // "Add..." opens Manage Email Addresses: folder, attribute, then a value.
        robot.interact(() -> from.setValue("Add…"));
        waitUntil(() -> robot.lookup("#folderChoice").tryQuery().isPresent());
        robot.clickOn("#addFolderButton");
        robot.clickOn("#askText").write("Email").clickOn(okButton(robot));
        waitUntil(() -> robot.lookup("#folderChoice").queryComboBox().getValue() != null);
        robot.clickOn("#addAttributeButton");
        robot.clickOn("#askText").write("From").clickOn(okButton(robot));
        waitUntil(() -> robot.lookup("#attributeChoice").queryComboBox().getValue() != null);
        robot.clickOn("#addressField").write("a@contoso.com");
        robot.clickOn("#displayNameField").write("Sales");
        robot.clickOn("#addValueButton");

        ListView<?> preview = robot.lookup("#preview").queryListView();
        waitUntil(() -> preview.getItems().size() == 1);
        assertThat(robot.lookup("#preview .list-cell").nth(0).queryLabeled().getText()).isEqualTo("Sales <a@contoso.com>");
        // The drop-down under the manager already lists it.
        assertThat(from.getItems()).containsExactly("a@contoso.com", "Add…");

        robot.clickOn(robot.lookup(".dialog-pane .button").match((Node n) -> "Close".equals(((Button) n).getText())).queryButton());
        waitUntil(() -> robot.lookup("#preview").tryQuery().isEmpty());
        assertThat(from.getItems()).containsExactly("a@contoso.com", "Add…");
        assertThat(from.getEditor().getText()).isEmpty();
    }

    /** OK of the dialog that asks for a name, not of the mailbox form beneath it. */
    private static Node okButton(FxRobot robot) {
        Node parent = robot.lookup("#askText").query();
        while (!(parent instanceof DialogPane)) {
            parent = parent.getParent();
        }
        return ((DialogPane) parent).lookupButton(ButtonType.OK);
    }

}
