package org.mailroom.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailroom.testing.UiTest;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Text stays readable in both themes: error, muted and note text, the default button, a disabled button and
 * the selected filter each reach WCAG's 4.5:1 against what is behind them, computed from the colours the
 * stylesheets resolve to (a disabled control's opacity included).
 */
@UiTest
class ThemeContrastTest {

    private static final double WCAG_AA = 4.5;

    @ParameterizedTest(name = "dark = {0}")
    @ValueSource(booleans = {false, true})
    void everyKindOfTextReachesFourAndAHalfToOne(boolean dark, FxRobot robot) throws Exception {
        Map<String, Labeled> samples = new LinkedHashMap<>();
        Stage stage = FxToolkit.registerStage(Stage::new);
        WaitForAsyncUtils.asyncFx(() -> {
            samples.put("error text", styled(new Label("The port must be a number"), "error-text"));
            samples.put("form problems", styled(new Label("Fix the name first"), "form-problems"));
            samples.put("note text", styled(new Label("Send As is needed"), "note-text"));
            samples.put("muted text", styled(new Label("Mailbox Name"), "details-label"));
            Button defaultButton = new Button("OK");
            defaultButton.setDefaultButton(true);
            samples.put("default button", defaultButton);
            Button disabled = new Button("OK");
            disabled.setDisable(true);
            samples.put("disabled button", disabled);
            ToggleButton all = new ToggleButton("All");
            all.setSelected(true);
            samples.put("selected filter", all);
            samples.put("filter", new ToggleButton("Inbound"));
            VBox root = new VBox(8);
            root.getChildren().addAll(samples.values().stream().filter(node -> !(node instanceof ToggleButton)).toList());
            root.getChildren().add(new SegmentedButton(all, (ToggleButton) samples.get("filter")));
            stage.setScene(new Scene(root, 400, 400));
            Theme.applyToAllWindows(dark);
            stage.show();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        try {
            samples.forEach((what, node) -> assertThat(contrast(node))
                    .as("%s in the %s theme", what, dark ? "dark" : "light").isGreaterThanOrEqualTo(WCAG_AA));
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                stage.close();
                Theme.applyToAllWindows(false);
            }).get();
        }
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** The text's colour and its background's, both as seen through the control's opacity over the window. */
    private static double contrast(Labeled node) {
        Color window = backgroundOf(node.getScene().getRoot(), Color.WHITE);
        Color behind = backgroundOf(node, window);
        double opacity = opacityOf(node);
        Color text = blend((Color) node.getTextFill(), behind, 1.0);
        return ratio(blend(text, window, opacity), blend(behind, window, opacity));
    }

    /** The innermost fill of the node or of its nearest ancestor that paints one (a gradient by its mean). */
    private static Color backgroundOf(Node node, Color fallback) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof Region region) {
                Background background = region.getBackground();
                if (background != null && !background.getFills().isEmpty()) {
                    List<BackgroundFill> fills = background.getFills();
                    Color color = meanOf(fills.get(fills.size() - 1).getFill());
                    if (color.getOpacity() > 0) {
                        Color under = at.getParent() == null ? fallback : backgroundOf(at.getParent(), fallback);
                        return blend(color, under, 1.0);
                    }
                }
            }
        }
        return fallback;
    }

    private static Color meanOf(Paint paint) {
        if (paint instanceof Color color) {
            return color;
        }
        if (paint instanceof LinearGradient gradient) {
            List<Stop> stops = gradient.getStops();
            double r = 0, g = 0, b = 0, a = 0;
            for (Stop stop : stops) {
                r += stop.getColor().getRed();
                g += stop.getColor().getGreen();
                b += stop.getColor().getBlue();
                a += stop.getColor().getOpacity();
            }
            int n = stops.size();
            return new Color(r / n, g / n, b / n, a / n);
        }
        return Color.TRANSPARENT;
    }

    private static double opacityOf(Node node) {
        double opacity = 1;
        for (Node at = node; at != null; at = at.getParent()) {
            opacity *= at.getOpacity();
        }
        return opacity;
    }

    /** {@code top} painted with its own alpha times {@code opacity} over the opaque {@code under}. */
    private static Color blend(Color top, Color under, double opacity) {
        double a = top.getOpacity() * opacity;
        return new Color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    private static double ratio(Color one, Color other) {
        double l1 = luminance(one);
        double l2 = luminance(other);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
