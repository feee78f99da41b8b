package org.mailroom.ui.tests;

import java.time.ZoneId;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.mailroom.ui.common.ViewLoader;
import org.mailroom.mail.Failure;
import org.mailroom.mail.LastTest;
import org.mailroom.mail.ProbeResult;
import org.mailroom.mail.StepResult;
import org.mailroom.text.Text;

/**
 * The connection-test parts of the main window: the Last test column's text, the step list of the
 * selected mailbox in the details panel, "Copy report", and the progress in the status line.
 */
public final class ConnectionTestsView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final ConnectionTestsViewModel tests;
    private final ObservableValue<Long> selectedId;

    /** @param selectedId the id of the mailbox selected in the table, or null */
    public ConnectionTestsView(ConnectionTestsViewModel tests, ObservableValue<Long> selectedId) {
        this.tests = tests;
        this.selectedId = selectedId;
    }

    /** "OK · 26/11/2026 14:02", or nothing when the mailbox was never tested. */
    public ObservableStringValue lastTestText(long mailboxId) {
        return Bindings.createStringBinding(() -> {
            LastTest last = tests.lastTests().get(mailboxId);
            return last == null ? "" : last.outcome().label() + " \u00b7 " + WHEN.format(last.testedAt());
        }, tests.lastTests());
    }

    void bindDetails(VBox box, Label summary, TestDetailsView.Parts parts, Button copy) {
        Runnable refresh = () -> {
            Long item = selectedId.getValue();
            ProbeResult result = item == null ? null : tests.sessionResults().get(item);
            LastTest last = item == null ? null : tests.lastTests().get(item);
            parts.steps().getChildren().setAll(result == null ? List.of() : result.steps().stream().map(ConnectionTestsView::stepLine).toList());
            showOnlyIf(parts.steps(), result != null);
            Failure failure = result == null ? null : result.failure();
            parts.adviceText().setText(failure == null || failure.action() == null ? "" : failure.action());
            showOnlyIf(parts.advice(), !parts.adviceText().getText().isBlank());
            copy.setDisable(result == null);
            summary.setText(last == null ? Text.get("tests.details.never") : describe(last));
            box.setVisible(item != null);
            box.setManaged(item != null);
        };
        selectedId.addListener(observable -> refresh.run());
        tests.sessionResults().addListener((MapChangeListener<Long, ProbeResult>) change -> refresh.run());
        tests.lastTests().addListener((MapChangeListener<Long, LastTest>) change -> refresh.run());
        refresh.run();
    }

    private static String describe(LastTest last) {
        String text = Text.get("tests.details.last", last.outcome().label(), WHEN.format(last.testedAt()));
        return last.summary().equals(last.outcome().label()) ? text : text + " \u2014 " + last.summary();
    }

    /** @param noneShown true while the table shows no mailbox to test */
    public void bindProgress(ProgressBar bar, Label text, Button test, Button testAll, Button cancel, ObservableBooleanValue noneShown) {
        bar.progressProperty().bind(tests.progressProperty());
        bar.visibleProperty().bind(tests.runningProperty());
        text.textProperty().bind(tests.progressTextProperty());
        cancel.visibleProperty().bind(tests.runningProperty());
        cancel.managedProperty().bind(tests.runningProperty());
        test.disableProperty().bind(tests.runningProperty().or(Bindings.createBooleanBinding(() -> selectedId.getValue() == null, selectedId)));
        testAll.disableProperty().bind(tests.runningProperty().or(Bindings.createBooleanBinding(noneShown::get, noneShown)));
    }

    /** The details panel's part for the selected mailbox's test, built when first asked for. */
    public Node details() {
        return ViewLoader.load(new TestDetailsView(this));
    }

    /** Puts the selected mailbox's full report (credentials masked) on the clipboard. */
    public void copyReport() {
        Long item = selectedId.getValue();
        if (item != null) {
            tests.report(item).ifPresent(report -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(report);
                Clipboard.getSystemClipboard().setContent(content);
            });
        }
    }

    /** "✓ TLS  32 ms  TLSv1.3 ..." */
    private static void showOnlyIf(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** "✓ TLS  41 ms" and, below it, what the step saw. */
    private static Label stepLine(StepResult step) {
        String mark = switch (step.status()) {
            case OK -> "\u2713";
            case WARNING -> "\u26a0";
            case FAILED -> "\u2717";
            case SKIPPED -> "\u2013";
        };
        String detail = step.detail() == null || step.detail().isBlank() ? "" : "\n" + step.detail();
        Label line = new Label(mark + " " + step.step().label() + "  " + step.millis() + " ms" + detail);
        line.setWrapText(true);
        line.getStyleClass().add("test-step");
        return line;
    }
}
