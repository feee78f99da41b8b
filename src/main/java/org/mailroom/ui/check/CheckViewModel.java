package org.mailroom.ui.check;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.check.CheckInput;
import org.mailroom.check.CheckReport;
import org.mailroom.check.ConfigurationCheck;
import org.mailroom.check.Finding;
import org.mailroom.check.ItemRef;
import org.mailroom.check.SeverityCounts;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.Failures;

/**
 * Check configuration: every problem Mailroom can know about offline, each with its item and fix.
 * The main window's badge shows the counts and is refreshed whenever the workspace changes.
 */
public final class CheckViewModel {

    private final ConfigurationCheck check;
    private final Supplier<CheckInput> input;
    private final Background background;
    private final Consumer<ItemRef> goTo;

    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObjectProperty<SeverityCounts> counts = new SimpleObjectProperty<>(new SeverityCounts(0, 0, 0));
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper(Text.get("check.badge.unknown"));
    private boolean paused;
    private boolean wanted;

    /**
     * @param input reads the workspace and its last tests; called off the FX thread
     * @param goTo  selects the item a finding concerns in the main window
     */
    public CheckViewModel(ConfigurationCheck check, Supplier<CheckInput> input, Background background, Consumer<ItemRef> goTo) {
        this.check = check;
        this.input = input;
        this.background = background;
        this.goTo = goTo;
    }

    /**
     * Holds checks back until {@link #resume()}: at start the first frame comes first, and the
     * check (which reads the whole workspace) runs right after it.
     */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
        if (wanted) {
            refresh();
        }
    }

    /** Runs the whole check again in the background; the list and the badge follow. */
    public void refresh() {
        wanted = paused;
        if (paused) {
            return;
        }
        background.run(() -> check.run(input.get()), this::show,
                failure -> badge.set(Text.get("check.badge.failed", Failures.describe(failure))));
    }

    private void show(CheckReport report) {
        findings.setAll(report.findings());
        counts.set(report.counts());
        badge.set(badgeText(report.counts()));
    }

    /** Short, so the toolbar keeps it in view at 800 pixels: a zero count is left out. */
    private static String badgeText(SeverityCounts counts) {
        if (counts.errors() > 0 && counts.warnings() > 0) {
            return Text.get("check.badge.counts", counts.errors(), counts.warnings());
        } else if (counts.errors() > 0) {
            return Text.get("check.badge.errors", counts.errors());
        } else if (counts.warnings() > 0) {
            return Text.get("check.badge.warnings", counts.warnings());
        }
        return Text.get("check.badge.clean");
    }

    /** Shows the finding's item in the main window. */
    public void goTo(Finding finding) {
        if (finding != null) {
            goTo.accept(finding.item());
        }
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ObjectProperty<SeverityCounts> countsProperty() {
        return counts;
    }

    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }
}
