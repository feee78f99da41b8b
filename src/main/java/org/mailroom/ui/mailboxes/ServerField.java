package org.mailroom.ui.mailboxes;

import java.util.Collection;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.domain.Direction;
import org.mailroom.domain.MailServer;
import org.mailroom.ui.common.DetectedServer;

/**
 * A form's Host/Port/Type: the entries of its direction, the chosen one, and what a detected server's source
 * says about signing in, shown until another entry is chosen.
 */
final class ServerField {

    private final Direction direction;
    private final ObjectProperty<MailServer> chosen = new SimpleObjectProperty<>();
    private final ObservableList<MailServer> choices;
    private final ReadOnlyStringWrapper signInNote = new ReadOnlyStringWrapper("");
    private MailServer detectedEntry;

    ServerField(Direction direction, Collection<MailServer> servers) {
        this.direction = direction;
        this.choices = FXCollections.observableArrayList(servers.stream().filter(s -> s.direction() == direction).toList());
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
        MailServer listed = choices.stream().filter(s -> s.id() == entry.id()).findFirst().orElseGet(() -> {
            choices.add(entry);
            return entry;
        });
        chosen.set(listed);
        return true;
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
