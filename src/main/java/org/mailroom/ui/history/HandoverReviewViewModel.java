package org.mailroom.ui.history;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mailroom.history.ChangeReport;
import org.mailroom.service.Handovers;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.Failures;

/**
 * "Changes since the last handover": what was added, removed and changed item by item, with the check's findings for
 * the changed items; exported as text or HTML for a change ticket; "Mark as handed over" starts a new baseline.
 */
public final class HandoverReviewViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final Handovers handovers;
    private final Background background;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper since = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private Handovers.Review review;

    public HandoverReviewViewModel(Handovers handovers, Background background, DialogService dialogs, ZoneId zone) {
        this.handovers = handovers;
        this.background = background;
        this.dialogs = dialogs;
        this.zone = zone;
    }

    /** Compares the last handover with the workspace now, in the background. */
    public void load() {
        ready.set(false);
        background.run(handovers::sinceLast, this::show, this::fail);
    }

    private void show(Handovers.Review shown) {
        review = shown;
        since.set(shown.last().map(h -> Text.get("handover.since", WHEN.format(h.at().atZone(zone)),
                h.adminName() == null ? h.osUser() : Text.get("history.who", h.adminName(), h.osUser()),
                Text.of(Handovers.Reason.valueOf(h.reason())))).orElse(Text.get("handover.never")));
        report.set(ChangeReport.text(since.get(), shown.differences(), shown.findings()));
        ready.set(true);
    }

    /**
     * A change committed meanwhile (another admin's, on a team workspace), on the FX thread: the review is made again,
     * so what it lists is what a handover now would change.
     */
    public void follow(WorkspaceEvents.Change change) {
        if (!(change instanceof WorkspaceEvents.TeamServerAway)) {
            load();
        }
    }

    /** Asks where, then writes the review as text ({@code html} false) or HTML. */
    public void export(boolean html) {
        if (review == null) {
            return;
        }
        Handovers.Review exported = review;
        String title = Text.get("handover.title") + " · " + since.get();
        dialogs.chooseSaveFile(Text.get("handover.export.title"), html ? "changes-since-handover.html" : "changes-since-handover.txt")
                .ifPresent(target -> background.run(() -> {
                    handovers.export(target, title, exported, html);
                    return target;
                }, (Path written) -> dialogs.showInfo(Text.get("handover.export.title"), Text.get("files.written", written)), this::fail));
    }

    /** Asks first, then keeps the workspace as it is now as the last handover. */
    public void markHandedOver() {
        if (!dialogs.confirm(Text.get("handover.mark.title"), Text.get("handover.mark.question"), Text.get("handover.mark.confirm"))) {
            return;
        }
        background.run(() -> handovers.mark(Handovers.Reason.MARKED), marked -> load(), this::fail);
    }

    private void fail(Throwable failure) {
        dialogs.showError(Text.get("error.title"), Failures.describe(failure));
    }

    public ReadOnlyStringProperty sinceProperty() {
        return since.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
