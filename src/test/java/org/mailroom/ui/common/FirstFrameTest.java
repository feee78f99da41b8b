package org.mailroom.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mailroom.testing.UiTest;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first frame is known painted once a later pulse had to wait for it; the small change that makes it wait is undone. */
@UiTest
class FirstFrameTest {

    private Label shown;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Label hidden = new Label("hidden");
        hidden.setVisible(false);
        shown = new Label("shown");
        scene = new Scene(new VBox(new HBox(hidden, shown), new Button("OK")), 320, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theLeafThatIsNudgedIsTheFirstOneShownNotTheRoot() throws Exception {
        assertThat(leaf()).isSameAs(WaitForAsyncUtils.asyncFx(() -> shown.getChildrenUnmodifiable().get(0)).get());
    }

    @Test
    void theWorkRunsAfterOneSmallNodeWasChangedAndChangedBackAndTheRootIsLeftAlone() throws Exception {
        Node leaf = leaf();
        List<String> seen = new CopyOnWriteArrayList<>();
        leaf.getTransforms().addListener((ListChangeListener<Transform>) change -> {
            while (change.next()) {
                seen.add(change.wasAdded() ? "nudged" : "restored");
            }
        });
        CompletableFuture<Void> ran = new CompletableFuture<>();

        Platform.runLater(() -> FirstFrame.whenPainted(scene, () -> {
            seen.add("work");
            ran.complete(null);
        }));

        ran.get(10, TimeUnit.SECONDS);
        assertThat(seen).containsExactly("nudged", "restored", "work");
        assertThat(leaf.getTransforms()).isEmpty();
        assertThat(scene.getRoot().getOpacity()).isEqualTo(1.0);
    }

    private Node leaf() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> FirstFrame.firstShownLeaf(scene.getRoot())).get();
    }
}
