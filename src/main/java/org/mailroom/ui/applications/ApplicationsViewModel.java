package org.mailroom.ui.applications;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.domain.Applications;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.service.DigitalApplications;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.domain.ItemVersion;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.EditStarts;
import org.mailroom.ui.common.Failures;

/**
 * The Applications manager: Digital applications as drafted for Designer. Each row shows the
 * stream's state and how many mailboxes it enables or would enable.
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

    public ApplicationsViewModel(DigitalApplications store, Background background, DialogService dialogs) {
        this.store = store;
        this.background = background;
        this.dialogs = dialogs;
        nameValid = Bindings.createBooleanBinding(() -> DigitalApplication.checkName(name.get()).isEmpty(), name);
        selected.addListener((o, before, now) -> name.set(now == null ? "" : now.application().name()));
    }

    public void load() {
        background.run(this::read, this::show, this::fail);
    }

    /** Adds an application named as typed; its stream starts disabled, like its mailboxes. */
    public void add() {
        change(0, () -> store.add(DigitalApplication.draft(name.get())), "applications.added");
    }

    public void renameSelected() {
        Row row = selected.get();
        if (row != null) {
            ItemVersion from = editStarts.of(row.application().id());
            change(row.application().id(), () -> store.update(row.application().renamed(name.get()), from), "applications.renamed");
        }
    }

    /** Enables or disables the selected application's stream, and with it all its mailboxes. */
    public void toggleStreamOfSelected() {
        Row row = selected.get();
        if (row != null) {
            boolean enable = !row.application().streamEnabled();
            ItemVersion from = editStarts.of(row.application().id());
            change(row.application().id(), () -> store.update(row.application().withStream(enable), from),
                    enable ? "applications.streamEnabled" : "applications.streamDisabled");
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
        change(row.application().id(), () -> {
            store.delete(row.application());
            return row.application();
        }, "applications.deleted");
    }

    private void change(long id, Callable<DigitalApplication> work, String doneKey) {
        background.run(() -> {
            DigitalApplication changed = work.call();
            return new Change(changed, read());
        }, change -> {
            show(change.rows());
            message.set(Text.get(doneKey, change.application().name()));
            rows.stream().filter(r -> r.application().id() == change.application().id()).findFirst()
                    .ifPresentOrElse(selected::set, () -> selected.set(null));
        }, failure -> message.set(editStarts.refused(id, failure)));
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
        rows.setAll(read);
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

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
