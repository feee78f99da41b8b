package org.mailroom.ui.fromaddresses;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.mailroom.domain.EditConflictException;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.ItemVersion;
import org.mailroom.service.FromAddresses;
import org.mailroom.text.Text;
import org.mailroom.ui.common.EditStarts;
import org.mailroom.ui.common.SaveConflict;

/**
 * The Display names typed into the values' table. Each edit starts from the value's version as shown; a save over
 * another admin's newer change is refused and offers Reload and Compare. While a name is being typed, others' changes
 * are not read into the table under it: they are read once the edit is saved or given up. On the FX thread only.
 */
final class DisplayNameEdits {

    private final EditStarts starts = new EditStarts();
    private final SaveConflict<FromAddress> conflict = new SaveConflict<>(FromAddress.class, DisplayNameEdits::compare);
    /** The value whose Display name is being typed in the table, or null. */
    private final ObjectProperty<FromAddress> editing = new SimpleObjectProperty<>();
    private final NewValue newValue;
    private boolean heardMeanwhile;

    /**
     * {@code newValue}: the fields of a new value, where a Display name typed for a value deleted meanwhile is kept;
     * {@code readAgain} reads the table again after an edit given up during which others' changes were heard.
     */
    DisplayNameEdits(NewValue newValue, Runnable readAgain) {
        this.newValue = newValue;
        editing.addListener((o, before, now) -> {
            if (now == null && heardMeanwhile) {
                heardMeanwhile = false;
                readAgain.run();
            }
        });
    }

    /**
     * The Display name typed was handed to the save: what it reads next (theirs on success, the conflict's Reload on
     * a refusal) shows others' changes, not a read the typing held back.
     */
    void committed() {
        heardMeanwhile = false;
        editing.set(null);
    }

    /** The table shows {@code values} as read now: an edit of one starts from its version now. */
    void shown(FromAddresses store, List<FromAddress> values) {
        values.forEach(value -> starts.started(value.id(), store.editStartsFrom(value)));
    }

    /** Whether others' change heard now waits for the Display name being typed; it is read when the edit ends. */
    boolean holdBack() {
        heardMeanwhile |= editing.get() != null;
        return editing.get() != null;
    }

    /** What the message line says after the values were read again: that the one selected is gone, if it is. */
    static String goneText(FromAddress selected, List<FromAddress> values) {
        boolean gone = selected != null && values.stream().noneMatch(value -> value.id() == selected.id());
        return gone ? Text.get("from.value.deletedByOther", selected.address()) : "";
    }

    ItemVersion startOf(FromAddress value) {
        return starts.of(value.id());
    }

    /**
     * Why saving {@code yours} was refused. After another admin's change, offers Reload ({@code reload}) and Compare;
     * after they deleted the value, its Name and the Display name typed go to the new value's fields (when empty).
     */
    String refused(FromAddress yours, Throwable failure, Runnable reload) {
        String why = starts.refused(yours.id(), failure);
        if (failure instanceof EditConflictException conflicted) {
            conflict.show(conflicted, yours, theirs -> reload.run());
            if (conflicted.current(FromAddress.class).isEmpty() && newValue.blank()) {
                newValue.fill(yours);
                return Text.get("from.value.typedKept", why);
            }
        }
        return why;
    }

    private static void compare(FromAddress yours, FromAddress theirs, SaveConflict.Lines lines) {
        lines.field("field.displayName", yours.displayName(), theirs.displayName());
    }

    /** Reload and Compare after a Display name another admin's newer change refused. */
    SaveConflict<FromAddress> conflict() {
        return conflict;
    }

    /** The value whose Display name is being typed in the table (the view says), or null. */
    ObjectProperty<FromAddress> editing() {
        return editing;
    }
}
