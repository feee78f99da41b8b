package org.mailroom.ui.servers;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.Violation;
import org.mailroom.service.MailServers;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.EditStarts;
import org.mailroom.ui.common.Failures;
import org.mailroom.ui.common.DetectFromAddress;
import org.mailroom.ui.common.DetectScope;
import org.mailroom.ui.common.DetectedServer;

/**
 * The Mail servers manager: the entries of the Host/Port/Type drop-down. Selecting an entry loads it
 * into the form; Save adds a new entry or updates the selected one. The port follows the protocol and
 * security with the usual default until the admin types another.
 */
public final class MailServersViewModel {

    private final MailServers store;
    private final Background background;
    private final DetectFromAddress detection;
    private final DialogService dialogs;

    private final ObservableList<MailServer> servers = FXCollections.observableArrayList();
    private final ObjectProperty<MailServer> selected = new SimpleObjectProperty<>();
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final ObjectProperty<Protocol> protocol = new SimpleObjectProperty<>(Protocol.IMAP);
    private final ObjectProperty<ConnectionSecurity> security = new SimpleObjectProperty<>(ConnectionSecurity.SSL_TLS);
    private final ReadOnlyObjectWrapper<List<Violation>> violations = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signInNote = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;
    /** The version the selected entry's edit started from: another admin's newer save is not overwritten unseen. */
    private final EditStarts editStarts = new EditStarts();

    public MailServersViewModel(MailServers store, Background background, DetectFromAddress detection, DialogService dialogs) {
        this.dialogs = dialogs;
        this.store = store;
        this.background = background;
        this.detection = detection;
        port.set(String.valueOf(defaultPort()));
        protocol.addListener((o, before, now) -> followDefaultPort(before, security.get()));
        security.addListener((o, before, now) -> followDefaultPort(protocol.get(), before));
        selected.addListener((o, before, now) -> {
            if (now != null) {
                editStarts.started(now.id(), store.editStartsFrom(now.id()));
            }
            signInNote.set("");
            fillFrom(now);
        });
        for (Observable field : List.of(host, port, protocol, security)) {
            field.addListener(changed -> {
                message.set("");
                revalidate();
            });
        }
        revalidate();
        valid = Bindings.createBooleanBinding(() -> violations.get().isEmpty(), violations);
    }

    public void load() {
        background.run(store::findAll, servers::setAll, this::fail);
    }

    /** Clears the form for a new entry. */
    public void newEntry() {
        selected.set(null);
        host.set("");
        protocol.set(Protocol.IMAP);
        security.set(ConnectionSecurity.SSL_TLS);
        port.set(String.valueOf(defaultPort()));
        message.set("");
    }

    /** Adds the form as a new entry, or updates the selected one. */
    public void save() {
        if (!valid.get()) {
            message.set(violations.get().get(0).message());
            return;
        }
        MailServer current = selected.get();
        MailServer entry = new MailServer(current == null ? 0 : current.id(), host.get(),
                Integer.parseInt(port.get().strip()), protocol.get(), security.get());
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
            message.set(Text.get("servers.saved", saved.label()));
        }, failure -> message.set(editStarts.refused(entry.id(), failure)));
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
        servers.removeIf(s -> s.id() == saved.id());
        servers.add(saved);
        selected.set(saved);
    }

    private void fillFrom(MailServer server) {
        if (server == null) {
            return;
        }
        host.set(server.host());
        protocol.set(server.protocol());
        security.set(server.security());
        port.set(String.valueOf(server.port()));
        message.set("");
    }

    /** Moves the port to the new default when it still shows the old one (or nothing). */
    private void followDefaultPort(Protocol oldProtocol, ConnectionSecurity oldSecurity) {
        String typed = port.get() == null ? "" : port.get().strip();
        if (typed.isEmpty() || typed.equals(String.valueOf(oldProtocol.defaultPort(oldSecurity)))) {
            port.set(String.valueOf(defaultPort()));
        }
    }

    private int defaultPort() {
        return protocol.get().defaultPort(security.get());
    }

    private void revalidate() {
        String typed = port.get() == null ? "" : port.get().strip();
        int number = typed.matches("\\d{1,5}") ? Integer.parseInt(typed) : -1;
        violations.set(MailServer.check(host.get(), number, protocol.get(), security.get()));
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
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public ObjectProperty<Protocol> protocolProperty() {
        return protocol;
    }

    public ObjectProperty<ConnectionSecurity> securityProperty() {
        return security;
    }

    public ReadOnlyObjectProperty<List<Violation>> violationsProperty() {
        return violations.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
