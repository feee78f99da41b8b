package org.mailroom.ui.fromaddresses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.testing.FxWait.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.mailroom.testing.MainWindowTestBase;

/** From the outbound form's drop-down, "Add..." manages the From addresses; the list follows at once. */
class FromAddressesWindowTest extends MainWindowTestBase {

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
        assertThat(from.getEditor().getText()).isEqualTo("a@contoso.com"); // none was typed: the value just added
    }

    @Test
    void anAddressTypedBeforeAddIsStillThereAfterwards(FxRobot robot) {
        robot.clickOn("#addMenu").clickOn("#addOutbound");
        @SuppressWarnings("unchecked")
        ComboBox<String> from = robot.lookup("#fromAddressChoice").queryAs(ComboBox.class);
        robot.clickOn(from.getEditor()).write("x@contoso.com");
        robot.clickOn("#loginField").write("relay");
        robot.clickOn("#passwordField").write("pw");

        robot.interact(() -> from.setValue("Add…"));
        waitUntil(() -> robot.lookup("#folderChoice").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Node n) -> "Close".equals(((Button) n).getText())).queryButton());
        waitUntil(() -> robot.lookup("#folderChoice").tryQuery().isEmpty());

        assertThat(from.getEditor().getText()).isEqualTo("x@contoso.com");
        Button ok = robot.lookup(".dialog-pane .button").match((Node n) -> "OK".equals(((Button) n).getText())).queryButton();
        assertThat(ok.isDisabled()).isFalse();
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
