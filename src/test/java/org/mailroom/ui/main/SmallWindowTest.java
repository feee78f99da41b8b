package org.mailroom.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.mailroom.testing.MainWindowTestBase;
import org.mailroom.testing.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window is usable from 800 × 600 up: every toolbar action in view, values readable, the table gets the room. */
class SmallWindowTest extends MainWindowTestBase {

    private static final List<String> TOOLBAR = List.of("#addMenu", "#editButton", "#deleteButton", "#testButton",
            "#testAllButton", "#manageMenu", "#oauthButton", "#checkButton");

    @Test
    void at800By600EveryToolbarActionIsInViewAndTheDetailsAndColumnsAreReadable(FxRobot robot) throws Exception {
        resize(800, 600);
        robot.interact(() -> mailroom.wiring().mailboxes().loadSamples());
        FxWait.waitUntil(() -> !table(robot).getItems().isEmpty());
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();

        double windowWidth = stage.getScene().getWidth();
        for (String id : TOOLBAR) {
            Node control = robot.lookup(id).query();
            assertThat(control.getScene()).as(id + " is in the toolbar, not behind \u00bb").isNotNull();
            Bounds bounds = control.localToScene(control.getBoundsInLocal());
            assertThat(bounds.getMaxX()).as(id + " ends inside the window").isLessThanOrEqualTo(windowWidth);
        }
        for (Node value : robot.lookup(node -> node.getId() != null && node.getId().startsWith("detail-")).queryAll()) {
            Label label = (Label) value;
            double unwrapped = label.prefWidth(-1);
            assertThat(label.getWidth()).as("the value '" + label.getText() + "' has room for words")
                    .isGreaterThanOrEqualTo(Math.min(unwrapped, 180) - 1);
        }
        for (javafx.scene.control.ToggleButton filter : robot.lookup("#filterButtons").queryAs(org.controlsfx.control.SegmentedButton.class)
                .getButtons()) {
            assertThat(filter.getWidth()).as("the filter '" + filter.getText() + "' shows its whole word")
                    .isGreaterThanOrEqualTo(filter.prefWidth(-1) - 1);
        }
        for (String column : List.of("Direction", "Type")) {
            assertThat(cellTexts(robot, column)).as("the " + column + " column's values are not cut")
                    .isNotEmpty().noneMatch(text -> text.endsWith("\u2026"));
        }
    }

    @Test
    void aWiderWindowGivesTheRoomToTheTableNotToTheDetails(FxRobot robot) throws Exception {
        resize(1000, 700);
        double tableAt1000 = table(robot).getWidth();
        double detailsAt1000 = stage.getScene().getWidth() - tableAt1000;
        resize(1600, 900);
        assertThat(table(robot).getWidth()).isGreaterThanOrEqualTo(tableAt1000 + 590);
        assertThat(stage.getScene().getWidth() - table(robot).getWidth()).isCloseTo(detailsAt1000, org.assertj.core.data.Offset.offset(10.0));
    }

    private void resize(double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setMaximized(false);
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
        // The window takes its size, then a layout pulse gives it to the split pane: wait for both, not a fixed time.
        Node split = stage.getScene().lookup(".split-pane");
        FxWait.waitUntil(() -> Math.abs(stage.getScene().getWidth() - width) < 1
                && Math.abs(split.getLayoutBounds().getWidth() - width) < 1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    /** What the cells of a column show on screen (a cut value ends with "…"). */
    private static List<String> cellTexts(FxRobot robot, String header) {
        TableColumn<?, ?> column = table(robot).getColumns().stream().filter(c -> header.equals(c.getText())).findFirst().orElseThrow();
        int index = table(robot).getVisibleLeafIndex((TableColumn<Object, ?>) column);
        return robot.lookup(".table-row-cell").queryAll().stream()
                .map(row -> row.lookupAll(".table-cell").stream().toList())
                .filter(cells -> cells.size() > index)
                .map(cells -> cells.get(index).lookup(".text"))
                .filter(text -> text instanceof Text)
                .map(text -> ((Text) text).getText())
                .filter(text -> !text.isEmpty())
                .toList();
    }
}
