package org.mailroom.ui.applications;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.domain.Applications;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.EditConflictException;
import org.mailroom.service.DigitalApplications;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.domain.ItemVersion;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.EditStarts;
import org.mailroom.ui.common.Failures;
import org.mailroom.ui.common.SaveConflict;

/**
 * The Applications manager: Digital applications as drafted for Designer. Each row shows the
 * stream's state and how many mailboxes it enables or would enable. While open it follows others' changes (a team
 * workspace): the rows are read again, and the name field shows theirs unless it holds a name not saved yet.
 */
public final class ApplicationsViewModel {

    /** One row: the application, how many mailboxes are assigned to it, and the version it was read at. */
    public record Row(DigitalApplication application, long mailboxes, ItemVersion version) {
    }

    private final DigitalApplications store;
    private final Background background;
    private final DialogService dialogs;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding nameValid;
    /** The version of each application as the list shows it: a rename or stream change starts from it. */
    private final EditStarts editStarts = new EditStarts();
    private final SaveConflict<DigitalApplication> conflict = new SaveConflict<>(DigitalApplication.class, ApplicationsViewModel::compare);
    /** True while the rows are replaced: the view keeps its selection out of the form until it is over. */
    private final ReadOnlyBooleanWrapper rereading = new ReadOnlyBooleanWrapper();
    /** True while the selection moves to another admin's version of the row without touching the name field. */
    private boolean keepingForm;

    public ApplicationsViewModel(DigitalApplications store, Background background, DialogService dialogs) {
        this.store = store;
        this.background = background;
        this.dialogs = dialogs;
        nameValid = Bindings.createBooleanBinding(() -> DigitalApplication.checkName(name.get()).isEmpty(), name);
        selected.addListener((o, before, now) -> {
            if (!keepingForm) {
                conflict.close();
                name.set(now == null ? "" : now.application().name());
            }
        });
    }

    public void load() {
        background.run(this::read, this::show, this::fail);
    }

    /** A change committed meanwhile (another admin's, on a team workspace), on the FX thread: the rows are read again. */
    public void follow(WorkspaceEvents.Change change) {
        if (change instanceof WorkspaceEvents.WorkspaceChanged || change instanceof WorkspaceEvents.TeamServerBack) {
            reread(false);
        }
    }

    /** Reads the rows again; {@code takeStored}: the name field shows the selected one's as stored, edits or not (Reload). */
    private void reread(boolean takeStored) {
        background.run(this::read, read -> showRead(read, takeStored), this::fail);
    }

    private void showRead(List<Row> read, boolean takeStored) {
        Row shown = selected.get();
        // a name typed and not saved stays, and so does the version it started from: a save is refused, not lost
        boolean edited = shown != null && !takeStored && !name.get().equals(shown.application().name());
        long kept = edited ? shown.application().id() : -1;
        rereading.set(true);
        try {
            read.stream().filter(row -> row.application().id() != kept).forEach(row -> editStarts.started(row.application().id(), row.version()));
            rows.setAll(read);
            if (shown == null) {
                return;
            }
            Optional<Row> stored = read.stream().filter(row -> row.application().id() == shown.application().id()).findFirst();
            keepForm(stored.orElse(null));
            if (stored.isEmpty()) {
                message.set(Text.get("applications.deletedByOther", shown.application().name()));
            } else if (edited && !stored.get().application().equals(shown.application()) && !conflict.openProperty().get()) {
                message.set(Text.get("applications.changedByOther", shown.application().name()));
            } else if (!edited && (takeStored || !stored.get().equals(shown))) { // as shown (own change): the message stays
                conflict.close();
                name.set(stored.get().application().name());
                message.set(takeStored ? Text.get("applications.reloaded", stored.get().application().name()) : "");
            }
        } finally {
            rereading.set(false);
        }
    }

    private void keepForm(Row now) {
        keepingForm = true;
        try {
            selected.set(now);
        } finally {
            keepingForm = false;
        }
    }

    /** Adds an application named as typed; its stream starts disabled, like its mailboxes. */
    public void add() {
        change(null, () -> store.add(DigitalApplication.draft(name.get())), "applications.added");
    }

    public void renameSelected() {
        Row row = selected.get();
        if (row != null) {
            ItemVersion from = editStarts.of(row.application().id());
            DigitalApplication renamed = row.application().renamed(name.get());
            change(renamed, () -> store.update(renamed, from), "applications.renamed");
        }
    }

    /** Enables or disables the selected application's stream, and with it all its mailboxes. */
    public void toggleStreamOfSelected() {
        Row row = selected.get();
        if (row != null) {
            boolean enable = !row.application().streamEnabled();
            ItemVersion from = editStarts.of(row.application().id());
            DigitalApplication switched = row.application().withStream(enable);
            change(switched, () -> store.update(switched, from), enable ? "applications.streamEnabled" : "applications.streamDisabled");
        }
    }

    /** Deletes the selected application after confirmation; its mailboxes become unassigned and disabled. */
    public void deleteSelected() {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        String question = Text.get("applications.delete.question", row.application().name(), row.mailboxes());
        if (!dialogs.confirm(Text.get("applications.delete.title"), question, Text.get("applications.delete"))) {
            return;
        }
        change(row.application(), () -> {
            store.delete(row.application());
            return row.application();
        }, "applications.deleted");
    }

    /** Runs a change of {@code yours} (null for a new application), refused when another admin's is newer. */
    private void change(DigitalApplication yours, Callable<DigitalApplication> work, String doneKey) {
        background.run(() -> {
            DigitalApplication changed = work.call();
            return new Change(changed, read());
        }, change -> {
            show(change.rows());
            message.set(Text.get(doneKey, change.application().name()));
            rows.stream().filter(r -> r.application().id() == change.application().id()).findFirst()
                    .ifPresentOrElse(selected::set, () -> selected.set(null));
            conflict.close();
        }, failure -> {
            message.set(editStarts.refused(yours == null ? 0 : yours.id(), failure));
            if (failure instanceof EditConflictException refused) {
                conflict.show(refused, yours, theirs -> reread(true));
            }
        });
    }

    /** Name and stream of the application as the admin would save it beside another admin's. */
    private static void compare(DigitalApplication yours, DigitalApplication theirs, SaveConflict.Lines lines) {
        lines.field("applications.column.name", yours.name(), theirs.name())
                .field("applications.column.stream", stream(yours), stream(theirs));
    }

    private static String stream(DigitalApplication application) {
        return Text.get(application.streamEnabled() ? "applications.stream.on" : "applications.stream.off");
    }

    private List<Row> read() {
        Applications applications = store.findAll();
        var counts = applications.applicationOfMailbox().values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return applications.byId().values().stream()
                .sorted(Comparator.comparing(DigitalApplication::name, String.CASE_INSENSITIVE_ORDER))
                .map(app -> new Row(app, counts.getOrDefault(app.id(), 0L), store.editStartsFrom(app.id())))
                .toList();
    }

    private void show(List<Row> read) {
        read.forEach(row -> editStarts.started(row.application().id(), row.version()));
        rereading.set(true);
        try {
            rows.setAll(read);
        } finally {
            rereading.set(false);
        }
    }

    private void fail(Throwable failure) {
        message.set(Failures.describe(failure));
    }

    private record Change(DigitalApplication application, List<Row> rows) {
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanBinding nameValidProperty() {
        return nameValid;
    }

    /** Reload and Compare after a change another admin's newer one refused. */
    public SaveConflict<DigitalApplication> conflict() {
        return conflict;
    }

    public ReadOnlyBooleanProperty rereadingProperty() {
        return rereading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
