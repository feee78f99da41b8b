package org.mailroom.history;

import java.util.List;
import java.util.Optional;

/**
 * One item that differs between two moments (or two files): added, removed or changed, with the fields that
 * differ. A changed secret has no values, only the fact ({@link #secretChanged()}).
 */
public record ItemDifference(ItemType type, long id, String name, Action action, Optional<ItemVersion> before,
                             Optional<ItemVersion> after, List<FieldDifference> fields, boolean secretChanged) {

    /** How the item differs. */
    public enum Action {
        ADDED, REMOVED, CHANGED;

        public String label() {
            return org.mailroom.text.Text.of(this);
        }
    }

    public ItemDifference {
        fields = List.copyOf(fields);
    }

    /** The same difference, now also saying that a secret of the item changed. */
    public ItemDifference withSecretChanged() {
        return new ItemDifference(type, id, name, action, before, after, fields, true);
    }
}
