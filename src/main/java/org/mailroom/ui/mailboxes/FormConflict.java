package org.mailroom.ui.mailboxes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mailroom.domain.EditConflictException;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.text.Text;

/**
 * A save refused because another admin saved the mailbox first: the form stays open with the edits, and offers
 * Reload (take their version, and save over it next) and Compare (their fields beside the form's, field by field).
 */
public final class FormConflict {

    private final BooleanProperty open = new SimpleBooleanProperty();
    private final BooleanProperty comparing = new SimpleBooleanProperty();
    private final StringProperty comparison = new SimpleStringProperty("");
    private Runnable reload = () -> { };

    /** Offers Reload and Compare for {@code conflict}; {@code takeTheirs} fills the form with the stored mailbox. */
    void show(EditConflictException conflict, Mailbox yours, Consumer<Mailbox> takeTheirs) {
        comparing.set(false);
        conflict.current(Mailbox.class).ifPresentOrElse(theirs -> {
            comparison.set(compare(yours, theirs));
            reload = () -> {
                takeTheirs.accept(theirs);
                open.set(false);
                comparing.set(false);
            };
            open.set(true);
        }, () -> open.set(false));
    }

    /** Reload: the form shows the mailbox as stored now; the next OK saves over that version. */
    public void reload() {
        reload.run();
    }

    /** Compare: shows (or hides) the stored mailbox's fields beside the form's. */
    public void compare() {
        comparing.set(!comparing.get());
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }

    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing;
    }

    public ReadOnlyStringProperty comparisonProperty() {
        return comparison;
    }

    /** One line per field that differs: "Mailbox: yours · theirs". */
    static String compare(Mailbox yours, Mailbox theirs) {
        List<String> lines = new ArrayList<>();
        line(lines, "field.login", yours.login(), theirs.login());
        line(lines, "field.server", yours.endpoint().label(), theirs.endpoint().label());
        if (yours instanceof InboundMailbox mine && theirs instanceof InboundMailbox other) {
            line(lines, "field.maxSize", Integer.toString(mine.maxSizeMb()), Integer.toString(other.maxSizeMb()));
        }
        if (yours instanceof OutboundMailbox mine && theirs instanceof OutboundMailbox other) {
            line(lines, "field.fromAddress", mine.fromAddress(), other.fromAddress());
        }
        return lines.isEmpty() ? Text.get("editor.conflict.sameFields") : String.join("\n", lines);
    }

    private static void line(List<String> lines, String field, String yours, String theirs) {
        if (!Objects.equals(yours, theirs)) {
            lines.add(Text.get("editor.conflict.line", Text.get(field), yours, theirs));
        }
    }
}
