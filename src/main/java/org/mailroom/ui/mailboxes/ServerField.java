package org.mailroom.ui.mailboxes;

import java.util.Collection;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.mailroom.domain.Direction;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.MailboxKind;
import org.mailroom.ui.common.DetectFromAddress;
import org.mailroom.ui.common.DetectScope;
import org.mailroom.ui.common.DetectedServer;

/**
 * A form's Host/Port/Type: the entries of its direction, the chosen one, and what a detected server's source
 * says about signing in, shown until another entry is chosen.
 */
final class ServerField {

    private final Direction direction;
    private final ObjectProperty<MailServer> chosen = new SimpleObjectProperty<>();
    /** Every entry of the direction; {@link #choices} shows those of the chosen kind. */
    private final ObservableList<MailServer> all;
    private final FilteredList<MailServer> choices;
    private MailboxKind shownKind;
    private final ReadOnlyStringWrapper signInNote = new ReadOnlyStringWrapper("");
    private MailServer detectedEntry;
    /** Null: the form offers no "Detect from address". */
    private DetectFromAddress detection;

    ServerField(Direction direction, Collection<MailServer> servers) {
        this.direction = direction;
        this.all = FXCollections.observableArrayList(servers.stream().filter(s -> s.direction() == direction).toList());
        this.choices = new FilteredList<>(all);
        chosen.addListener((o, before, now) -> {
            if (now != detectedEntry) {
                signInNote.set("");
            }
        });
    }

    /** Chooses the listed entry with this id; none when it is gone. */
    void choose(long id) {
        chosen.set(choices.stream().filter(s -> s.id() == id).findFirst().orElse(null));
    }

    /** Lists only the entries of this kind (POP3, IMAP, SMTP); the chosen entry stays when it is one. */
    void showKind(MailboxKind kind) {
        if (kind == shownKind) {
            return; // filtering again would make the drop-down drop its value
        }
        shownKind = kind;
        choices.setPredicate(server -> server.kind() == kind);
        if (chosen.get() != null && chosen.get().kind() != kind) {
            chosen.set(null);
            chooseFirst();
        }
    }

    void chooseFirst() {
        if (!choices.isEmpty()) {
            chosen.set(choices.get(0));
        }
    }

    /** Selects a stored entry, adding it to the choices when the form did not list it yet; false for the other direction. */
    boolean use(MailServer entry) {
        if (entry.direction() != direction) {
            return false;
        }
        MailServer listed = all.stream().filter(s -> s.id() == entry.id()).findFirst().orElseGet(() -> {
            all.add(entry);
            return entry;
        });
        showKind(entry.kind()); // first the entries of its kind, so the drop-down can show it
        chosen.set(listed);
        return true;
    }

    void offerDetection(DetectFromAddress offered) {
        detection = offered;
    }

    boolean canDetect() {
        return detection != null;
    }

    /** The Detect servers window for this direction, starting from {@code address} (null: none known). */
    void detect(String address, Consumer<DetectedServer> onChosen) {
        if (detection != null) {
            detection.open(DetectScope.of(direction), address, onChosen);
        }
    }

    /** Selects a detected server and keeps what its source says about signing in beside it. */
    boolean useDetected(DetectedServer detected) {
        if (!use(detected.entry())) {
            return false;
        }
        detectedEntry = chosen.get();
        signInNote.set(String.join("\n", detected.signIn().lines()));
        return true;
    }

    ObjectProperty<MailServer> chosen() {
        return chosen;
    }

    ObservableList<MailServer> choices() {
        return choices;
    }

    ReadOnlyStringProperty signInNote() {
        return signInNote.getReadOnlyProperty();
    }
}
