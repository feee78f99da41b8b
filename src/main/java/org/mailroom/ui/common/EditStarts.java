package org.mailroom.ui.common;

import java.util.HashMap;
import java.util.Map;
import org.mailroom.domain.EditConflictException;
import org.mailroom.domain.ItemVersion;
import org.mailroom.text.Text;

/**
 * The version each item's edit in a window started from (by item id), for windows whose saves another admin's newer
 * change may refuse. A refused save keeps the admin's edits and says who changed what and when; the next save of
 * that item then goes over their version, knowingly. On the FX thread only.
 */
public final class EditStarts {

    private final Map<Long, ItemVersion> versions = new HashMap<>();

    /** The edit of item {@code id} starts from {@code version} (as the window shows it now). */
    public void started(long id, ItemVersion version) {
        versions.put(id, version);
    }

    /** What a save of item {@code id} carries; {@link ItemVersion#UNKNOWN} for one the window never showed. */
    public ItemVersion of(long id) {
        return versions.getOrDefault(id, ItemVersion.UNKNOWN);
    }

    /** Why the save of item {@code id} was refused, in words; after another admin's change, the next save goes over it. */
    public String refused(long id, Throwable failure) {
        if (failure instanceof EditConflictException conflict) {
            versions.put(id, conflict.currentVersion());
            return conflict.current(Object.class).isPresent() ? Text.get("store.editConflict.saveAgain", conflict.getMessage())
                    : conflict.getMessage();
        }
        return Failures.describe(failure);
    }
}
