package org.mailroom.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mailroom.domain.EditConflictException;
import org.mailroom.text.Text;

/**
 * A save refused because another admin saved the item first: the form stays open with the edits, and offers Reload
 * (take their version, and save over it next) and Compare (their fields beside the form's, field by field, in words).
 * The mailbox form and the manager windows share it; each names the fields it compares. On the FX thread only.
 *
 * @param <T> the kind of item the form edits
 */
public class SaveConflict<T> {

    /** Which fields of two versions of an item are compared, and how they read. */
    @FunctionalInterface
    public interface Fields<T> {
        void compare(T yours, T theirs, Lines lines);
    }

    /** The fields that differ, one line each: "Host: yours a · theirs b". */
    public static final class Lines {
        private final List<String> differing = new ArrayList<>();

        /** Adds a line when the two differ; {@code field} is the field's name in the texts ({@code field.host}, ...). */
        public Lines field(String field, Object yours, Object theirs) {
            if (!Objects.equals(yours, theirs)) { // as typed: a port reads 2995, not 2,995
                differing.add(Text.get("conflict.line", Text.get(field), String.valueOf(yours), String.valueOf(theirs)));
            }
            return this;
        }

        String text() {
            return differing.isEmpty() ? Text.get("conflict.sameFields") : String.join("\n", differing);
        }
    }

    private final Class<T> kind;
    private final Fields<T> fields;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper comparison = new ReadOnlyStringWrapper("");
    private Runnable reload = () -> { };

    public SaveConflict(Class<T> kind, Fields<T> fields) {
        this.kind = kind;
        this.fields = fields;
    }

    /**
     * Offers Reload and Compare for {@code conflict} when the item is still stored (none when another admin deleted it);
     * {@code takeTheirs} fills the form with the stored item.
     */
    public void show(EditConflictException conflict, T yours, Consumer<T> takeTheirs) {
        comparing.set(false);
        conflict.current(kind).ifPresentOrElse(theirs -> {
            comparison.set(compare(yours, theirs));
            reload = () -> {
                close();
                takeTheirs.accept(theirs);
            };
            open.set(true);
        }, this::close);
    }

    /** No conflict to offer any more: saved, reloaded, or another item chosen. */
    public void close() {
        open.set(false);
        comparing.set(false);
        reload = () -> { };
    }

    /** Reload: the form shows the item as stored now; the next save goes over that version. */
    public void reload() {
        reload.run();
    }

    /** Compare: shows (or hides) the stored item's fields beside the form's. */
    public void compare() {
        comparing.set(open.get() && !comparing.get());
    }

    /** Their fields beside {@code yours}, one line per field that differs. */
    public String compare(T yours, T theirs) {
        Lines lines = new Lines();
        fields.compare(yours, theirs, lines);
        return lines.text();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }
}
