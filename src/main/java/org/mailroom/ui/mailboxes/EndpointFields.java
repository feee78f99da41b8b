package org.mailroom.ui.mailboxes;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.mailroom.domain.Cloud;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Endpoint;
import org.mailroom.domain.EwsEndpoint;
import org.mailroom.domain.Field;
import org.mailroom.domain.GraphCloud;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.MailboxRules;
import org.mailroom.domain.Violation;

/**
 * The form's "where it connects" part: the Type, and for it the Host/Port/Type entry (POP3, IMAP, SMTP), the EWS URL
 * and folder, or the Microsoft cloud of Graph. Only the fields of the chosen type are checked and saved; the others
 * keep what was typed, so switching the type back and forth loses nothing.
 */
public final class EndpointFields {

    private final Direction direction;
    private final ObjectProperty<MailboxKind> kind = new SimpleObjectProperty<>();
    private final ServerField server;
    private final StringProperty ewsUrl = new SimpleStringProperty(EwsEndpoint.EXCHANGE_ONLINE);
    private final StringProperty folderPath = new SimpleStringProperty(EwsEndpoint.DEFAULT_FOLDER);
    private final ObjectProperty<Cloud> cloud = new SimpleObjectProperty<>(Cloud.GLOBAL);

    EndpointFields(Direction direction, Collection<MailServer> servers) {
        this.direction = direction;
        this.server = new ServerField(direction, servers);
        kind.addListener((o, before, now) -> {
            if (now != null && now.usesMailServer()) {
                server.showKind(now);
            }
        });
        // a detected or chosen entry of the other mail protocol (POP3 for IMAP) brings its type along
        server.chosen().addListener((o, before, now) -> {
            if (now != null && kind.get() != now.kind()) {
                kind.set(now.kind());
            }
        });
    }

    /** A new mailbox: of {@code chosen}, or for a mail protocol, of the first entry's protocol. */
    void start(MailboxKind chosen) {
        if (chosen == null || chosen.usesMailServer()) {
            server.chooseFirst();
            MailboxKind first = server.chosen().get() == null ? null : server.chosen().get().kind();
            kind.set(chosen != null ? chosen : first != null ? first : MailboxKind.forDirection(direction).get(0));
        } else {
            kind.set(chosen);
        }
    }

    void fill(Endpoint endpoint) {
        kind.set(endpoint.kind());
        if (endpoint instanceof MailServer entry) {
            server.choose(entry.id());
        } else if (endpoint instanceof EwsEndpoint ews) {
            ewsUrl.set(ews.url());
            folderPath.set(ews.folderPath());
        } else if (endpoint instanceof GraphCloud graph) {
            cloud.set(graph.cloud());
        }
    }

    List<Observable> observables() {
        return List.of(kind, server.chosen(), ewsUrl, folderPath, cloud);
    }

    /** The rules the fields of the chosen type break, by field. */
    void check(Map<Field, Violation> found) {
        MailboxKind chosen = kind.get();
        MailboxRules.checkEndpointKind(chosen, direction).ifPresent(v -> found.put(Field.KIND, v));
        if (chosen == null) {
            return;
        }
        if (chosen.usesMailServer()) {
            MailboxRules.checkEndpoint(server.chosen().get(), direction).ifPresent(v -> found.put(Field.SERVER, v));
        } else if (chosen == MailboxKind.EWS) {
            EwsEndpoint.check(ewsUrl.get(), folderPath.get()).forEach(v -> found.putIfAbsent(v.field(), v));
        } else {
            GraphCloud.check(cloud.get()).ifPresent(v -> found.put(Field.CLOUD, v));
        }
    }

    /** Where the mailbox connects; call only when {@link #check} found nothing. */
    Endpoint result() {
        return switch (kind.get()) {
            case EWS -> new EwsEndpoint(ewsUrl.get(), folderPath.get());
            case GRAPH -> new GraphCloud(cloud.get());
            default -> server.chosen().get();
        };
    }

    /** The types the form offers for its direction. */
    public List<MailboxKind> kinds() {
        return MailboxKind.forDirection(direction);
    }

    /** The clouds a Graph mailbox may be in (not Microsoft Cloud Deutschland, closed in 2021). */
    public List<Cloud> clouds() {
        return List.of(Cloud.values()).stream().filter(Cloud::isOpen).toList();
    }

    public ObjectProperty<MailboxKind> kindProperty() {
        return kind;
    }

    public StringProperty ewsUrlProperty() {
        return ewsUrl;
    }

    public StringProperty folderPathProperty() {
        return folderPath;
    }

    public ObjectProperty<Cloud> cloudProperty() {
        return cloud;
    }

    ServerField server() {
        return server;
    }

    /** The Host/Port/Type entries of the chosen type (POP3, IMAP or SMTP). */
    public ObservableList<MailServer> serverChoices() {
        return server.choices();
    }

    public ObjectProperty<MailServer> serverProperty() {
        return server.chosen();
    }

    /** Selects a stored entry in Host/Port/Type (and its type), adding it to the choices when the form did not list it yet. */
    public void useServer(MailServer entry) {
        server.use(entry);
    }

    /** The detected server's login rule, sign-in methods and first steps; empty when none was detected. */
    public ReadOnlyStringProperty signInNoteProperty() {
        return server.signInNote();
    }
}
