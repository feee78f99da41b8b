package org.mailroom.ui.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.history.ChangeReport;
import org.mailroom.history.HistoryEntry;
import org.mailroom.history.HistoryFilter;
import org.mailroom.history.HistoryPage;
import org.mailroom.history.ItemType;
import org.mailroom.service.ChangeHistory;
import org.mailroom.service.HistoryRestore;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.Failures;

/**
 * The History window: the changes the filters let through, one page at a time (the table never holds more than a
 * page, however long the history), the selected change's fields before and after, "Restore this version", and the
 * name this admin appears under.
 */
public final class HistoryViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    /** The admin filter's "anyone" and the kind filter's "every kind" are null. */
    private final ObjectProperty<ItemType> kind = new SimpleObjectProperty<>();
    private final StringProperty itemText = new SimpleStringProperty("");
    private final ObjectProperty<String> admin = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final ObservableList<HistoryEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<String> admins = FXCollections.observableArrayList();
    private final ObjectProperty<HistoryEntry> selected = new SimpleObjectProperty<>();
    /** The change selected before the page was read again, as read now: the table selects it again. */
    private final ReadOnlyObjectWrapper<HistoryEntry> toSelect = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private final StringProperty displayName = new SimpleStringProperty("");

    private final ChangeHistory history;
    private final HistoryRestore restore;
    private final Background background;
    private final DialogService dialogs;
    private final ZoneId zone;
    private Background.Run reading;

    public HistoryViewModel(ChangeHistory history, HistoryRestore restore, Background background, DialogService dialogs, ZoneId zone) {
        this.history = history;
        this.restore = restore;
        this.background = background;
        this.dialogs = dialogs;
        this.zone = zone;
        selected.addListener((observable, old, entry) -> details.set(entry == null ? "" : describe(entry)));
    }

    /** Reads the admins, this admin's name and the first page. */
    public void load() {
        background.run(() -> new Start(history.admins(), history.displayName().orElse("")), start -> {
            admins.setAll(start.admins());
            displayName.set(start.displayName());
            search();
        }, this::fail);
    }

    private record Start(List<String> admins, String displayName) {
    }

    /**
     * A change committed meanwhile (another admin's, on a team workspace), on the FX thread: the admins and the page
     * shown are read again, with the filters, the page and the selected change kept.
     */
    public void follow(WorkspaceEvents.Change change) {
        if (change instanceof WorkspaceEvents.HistoryChanged || change instanceof WorkspaceEvents.TeamServerBack) {
            background.run(history::admins, admins::setAll, this::fail);
            read();
        }
    }

    /** Applies the filters from the first page on. */
    public void search() {
        page.set(0);
        read();
    }

    public void nextPage() {
        if (hasNext.get()) {
            page.set(page.get() + 1);
            read();
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            read();
        }
    }

    private void read() {
        if (reading != null) {
            reading.cancel();
        }
        HistoryFilter filter = filter();
        int offset = page.get() * ChangeHistory.PAGE;
        reading = background.run(() -> history.read(filter, offset), (HistoryPage shown) -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            total.set(shown.total());
            rows.setAll(shown.entries());
            toSelect.set(null); // an equal entry read again is a change too: the table selects it again
            toSelect.set(rows.stream().filter(entry -> keep != null && entry.id() == keep).findFirst().orElse(null));
            hasNext.set(offset + shown.entries().size() < shown.total());
            status.set(shown.total() == 0 ? Text.get("historyWindow.none")
                    : Text.get("historyWindow.status", offset + 1, offset + shown.entries().size(), shown.total()));
        }, this::fail);
    }

    HistoryFilter filter() {
        String text = itemText.get() == null ? "" : itemText.get().strip();
        return new HistoryFilter(kind.get(), null, text.isEmpty() ? null : text, admin.get(),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                until.get() == null ? null : until.get().plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Asks first, then restores the selected change's version in one transaction; a refusal is said under the table. */
    public void restoreSelected() {
        HistoryEntry entry = selected.get();
        if (entry == null) {
            return;
        }
        String item = entry.difference().type().label() + " " + entry.difference().name();
        if (!dialogs.confirm(Text.get("historyWindow.restore.title"), Text.get("historyWindow.restore.question", item, when(entry)),
                Text.get("historyWindow.restore.confirm"))) {
            return;
        }
        problem.set("");
        background.run(() -> {
            restore.restore(entry);
            return entry;
        }, restored -> {
            status.set(Text.get("historyWindow.restored", item));
            search();
        }, failure -> problem.set(Failures.describe(failure)));
    }

    /** Saves the name the history shows beside this admin's OS user. */
    public void saveDisplayName() {
        String name = displayName.get();
        problem.set("");
        background.run(() -> {
            history.setDisplayName(name);
            return name;
        }, saved -> status.set(Text.get("historyWindow.nameSaved")), failure -> problem.set(Failures.describe(failure)));
    }

    /** The selected change in words: when, who, what, each field before and after. */
    private String describe(HistoryEntry entry) {
        StringBuilder text = new StringBuilder(Text.get("historyWindow.detail", when(entry), entry.who()))
                .append('\n').append(ChangeReport.headline(entry.difference())).append('\n');
        entry.difference().fields().forEach(field -> text.append("    ").append(Text.get("history.fieldChange", field.label(),
                shown(field.before()), shown(field.after()))).append('\n'));
        if (entry.difference().secretChanged()) {
            text.append("    ").append(Text.get("history.secretChanged")).append('\n');
        }
        return text.toString();
    }

    private static String shown(String value) {
        return value.isEmpty() ? Text.get("history.value.none") : value;
    }

    String when(HistoryEntry entry) {
        return WHEN.format(entry.at().atZone(zone));
    }

    private void fail(Throwable failure) {
        dialogs.showError(Text.get("error.title"), Failures.describe(failure));
    }

    public ObjectProperty<ItemType> kindProperty() {
        return kind;
    }

    public StringProperty itemTextProperty() {
        return itemText;
    }

    public ObjectProperty<String> adminProperty() {
        return admin;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    public ObservableList<HistoryEntry> rows() {
        return rows;
    }

    public ObservableList<String> admins() {
        return admins;
    }

    public ObjectProperty<HistoryEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<HistoryEntry> toSelectProperty() {
        return toSelect.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    /** "30 Nov 2026, 10:15", for the table's When column. */
    public String whenOf(HistoryEntry entry) {
        return when(entry);
    }
}
