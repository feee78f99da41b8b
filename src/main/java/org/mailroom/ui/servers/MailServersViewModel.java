package org.mailroom.ui.servers;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.EditConflictException;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.Violation;
import org.mailroom.service.MailServers;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.EditStarts;
import org.mailroom.ui.common.Failures;
import org.mailroom.ui.common.DetectFromAddress;
import org.mailroom.ui.common.DetectScope;
import org.mailroom.ui.common.DetectedServer;
import org.mailroom.ui.common.SaveConflict;

/**
 * The Mail servers manager: the entries of the Host/Port/Type drop-down. Selecting an entry loads it
 * into the form; Save adds a new entry or updates the selected one. The port follows the protocol and
 * security with the usual default until the admin types another. While open it follows others' changes (a team
 * workspace): the list is read again, and the form shows them unless it holds unsaved edits, which are kept.
 */
public final class MailServersViewModel {

    private final MailServers store;
    private final Background background;
    private final DetectFromAddress detection;
    private final DialogService dialogs;

    private final ObservableList<MailServer> servers = FXCollections.observableArrayList();
    private final ObjectProperty<MailServer> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ServerForm form = new ServerForm(() -> message.set(""));
    private final ReadOnlyStringWrapper signInNote = new ReadOnlyStringWrapper("");
    /** The version the selected entry's edit started from: another admin's newer save is not overwritten unseen. */
    private final EditStarts editStarts = new EditStarts();
    private final SaveConflict<MailServer> conflict = new SaveConflict<>(MailServer.class, MailServersViewModel::compare);
    /** True while the list is replaced: the view keeps its selection out of the form until it is over. */
    private final ReadOnlyBooleanWrapper rereading = new ReadOnlyBooleanWrapper();
    /** True while the selection moves to another admin's version of the entry without touching the form. */
    private boolean keepingForm;

    public MailServersViewModel(MailServers store, Background background, DetectFromAddress detection, DialogService dialogs) {
        this.dialogs = dialogs;
        this.store = store;
        this.background = background;
        this.detection = detection;
        selected.addListener((o, before, now) -> {
            if (keepingForm) {
                return;
            }
            if (now != null) {
                editStarts.started(now.id(), store.editStartsFrom(now.id()));
            }
            conflict.close();
            signInNote.set("");
            fillFrom(now);
        });
    }

    public void load() {
        background.run(store::findAll, servers::setAll, this::fail);
    }

    /** A change committed meanwhile (another admin's, on a team workspace), on the FX thread: the list is read again. */
    public void follow(WorkspaceEvents.Change change) {
        if (change instanceof WorkspaceEvents.WorkspaceChanged || change instanceof WorkspaceEvents.TeamServerBack) {
            reread(false);
        }
    }

    /** Reads the list again; {@code takeStored}: the form shows the selected entry as stored, edits or not (Reload). */
    private void reread(boolean takeStored) {
        background.run(store::findAll, read -> showRead(read, takeStored), this::fail);
    }

    private void showRead(List<MailServer> read, boolean takeStored) {
        MailServer shown = selected.get();
        boolean edited = shown != null && !takeStored && !form.shows(shown);
        rereading.set(true);
        try {
            servers.setAll(read);
            if (shown == null) {
                return;
            }
            Optional<MailServer> stored = read.stream().filter(s -> s.id() == shown.id()).findFirst();
            if (stored.isEmpty()) { // the typed values stay: Save adds them as a new entry
                keepForm(null);
                message.set(Text.get("servers.deletedByOther", shown.label()));
            } else if (edited) { // the edits stay, and so does the version they started from: a save is refused, not lost
                keepForm(stored.get());
                if (!stored.get().equals(shown) && !conflict.openProperty().get()) { // a refusal's words stay until Reload
                    message.set(Text.get("servers.changedByOther", shown.label()));
                }
            } else {
                keepForm(stored.get());
                editStarts.started(shown.id(), store.editStartsFrom(shown.id()));
                if (takeStored || !stored.get().equals(shown)) { // as shown (this admin's own save): the message stays
                    conflict.close();
                    fillFrom(stored.get());
                }
                if (takeStored) {
                    message.set(Text.get("servers.reloaded", stored.get().label()));
                }
            }
        } finally {
            rereading.set(false);
        }
    }

    private void keepForm(MailServer now) {
        keepingForm = true;
        try {
            selected.set(now);
        } finally {
            keepingForm = false;
        }
    }


    /** Clears the form for a new entry. */
    public void newEntry() {
        selected.set(null);
        form.clear();
        message.set("");
    }

    /** Adds the form as a new entry, or updates the selected one. */
    public void save() {
        if (!form.valid().get()) {
            message.set(form.violations().get().get(0).message());
            return;
        }
        MailServer current = selected.get();
        MailServer entry = form.entry(current == null ? 0 : current.id());
        if (current == null || current.equals(entry)) {
            store(entry);
            return;
        }
        // An entry is shared: changing it changes every mailbox on it. Say which, and ask first.
        background.run(() -> store.mailboxesUsing(current), users -> {
            if (users.isEmpty() || dialogs.confirm(Text.get("servers.change.title"),
                    Text.get("servers.change.question", current.label(), entry.label(), users.size(), String.join(", ", users)),
                    Text.get("servers.change.confirm", users.size()))) {
                store(entry);
            } else {
                message.set(Text.get("servers.change.kept", current.label()));
            }
        }, this::fail);
    }

    private void store(MailServer entry) {
        background.run(() -> store.save(entry, editStarts.of(entry.id())), saved -> {
            replace(saved);
            conflict.close();
            message.set(Text.get("servers.saved", saved.label()));
        }, failure -> {
            message.set(editStarts.refused(entry.id(), failure));
            if (failure instanceof EditConflictException refused) {
                conflict.show(refused, entry, theirs -> reread(true));
            }
        });
    }

    /** Host, port, type and security of the form's entry beside another admin's. */
    private static void compare(MailServer yours, MailServer theirs, SaveConflict.Lines lines) {
        lines.field("field.host", yours.host(), theirs.host()).field("field.port", yours.port(), theirs.port())
                .field("field.protocol", yours.protocol(), theirs.protocol()).field("field.security", yours.security(), theirs.security());
    }

    public void deleteSelected() {
        MailServer current = selected.get();
        if (current == null) {
            return;
        }
        background.run(() -> {
            store.delete(current);
            return current;
        }, deleted -> {
            servers.remove(deleted);
            newEntry();
            message.set(Text.get("servers.deleted", deleted.label()));
        }, this::fail);
    }

    /** "Detect from address", for reading and sending servers; the chosen one is selected, added when new. */
    public void detectServers() {
        detection.open(DetectScope.ALL, "", this::showDetected);
    }

    private void showDetected(DetectedServer detected) {
        MailServer entry = detected.entry();
        MailServer listed = servers.stream().filter(s -> s.id() == entry.id()).findFirst().orElse(null);
        if (listed == null) {
            servers.add(entry);
        }
        selected.set(listed == null ? entry : listed);
        message.set(Text.get(listed == null ? "servers.detected.added" : "servers.detected.known", entry.label()));
        signInNote.set(String.join("\n", detected.signIn().lines()));
    }

    /**
     * What the detected server's source says about signing in to it: the login for the address detected for and
     * its rule (mailboxes on this server sign in that way), the methods, the first steps. Empty for other entries.
     */
    public ReadOnlyStringProperty signInNoteProperty() {
        return signInNote.getReadOnlyProperty();
    }

    private void replace(MailServer saved) {
        rereading.set(true);
        try {
            servers.removeIf(s -> s.id() == saved.id());
            servers.add(saved);
        } finally {
            rereading.set(false);
        }
        selected.set(saved);
    }

    private void fillFrom(MailServer server) {
        if (server == null) {
            return;
        }
        form.fill(server);
        message.set("");
    }

    private void fail(Throwable failure) {
        message.set(Failures.describe(failure));
    }

    public ObservableList<MailServer> servers() {
        return servers;
    }

    public ObjectProperty<MailServer> selectedProperty() {
        return selected;
    }

    public StringProperty hostProperty() {
        return form.host();
    }

    public StringProperty portProperty() {
        return form.port();
    }

    public ObjectProperty<Protocol> protocolProperty() {
        return form.protocol();
    }

    public ObjectProperty<ConnectionSecurity> securityProperty() {
        return form.security();
    }

    public ReadOnlyObjectProperty<List<Violation>> violationsProperty() {
        return form.violations();
    }

    public BooleanBinding validProperty() {
        return form.valid();
    }

    /** Reload and Compare after a save another admin's newer change refused. */
    public SaveConflict<MailServer> conflict() {
        return conflict;
    }

    public ReadOnlyBooleanProperty rereadingProperty() {
        return rereading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
