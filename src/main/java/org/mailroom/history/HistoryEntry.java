package org.mailroom.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mailroom.store.HistoryStore;
import org.mailroom.text.Text;

/** One recorded change as the History window and the {@code history} command show it. */
public record HistoryEntry(long id, Instant at, String osUser, String adminName, ItemDifference difference) {

    public static HistoryEntry of(HistoryStore.Row row) {
        ItemType type = ItemType.valueOf(row.itemKind());
        Optional<ItemVersion> before = Optional.ofNullable(row.fieldsBefore())
                .map(json -> ItemVersion.fromJson(type, row.itemId(), row.itemName(), json));
        Optional<ItemVersion> after = Optional.ofNullable(row.fieldsAfter())
                .map(json -> ItemVersion.fromJson(type, row.itemId(), row.itemName(), json));
        ItemDifference.Action action = ItemDifference.Action.valueOf(row.action());
        List<FieldDifference> fields = Comparison.fields(before.orElse(null), after.orElse(null));
        return new HistoryEntry(row.id(), row.changedAt(), row.osUser(), row.adminName(),
                new ItemDifference(type, row.itemId(), row.itemName(), action, before, after, fields, row.secretChanged()));
    }

    /** "Ana Silva (asilva)", or the OS user alone when no display name was set. */
    public String who() {
        return adminName == null || adminName.isBlank() ? osUser : Text.get("history.who", adminName, osUser);
    }

    /** The version "Restore this version" brings back: the item after the change, or as it was before its removal. */
    public Optional<ItemVersion> restorable() {
        return difference.after().or(difference::before);
    }

    /** The changed fields in one line, secrets as "changed". */
    public String summary() {
        List<String> parts = new java.util.ArrayList<>(difference.fields().stream()
                .map(f -> Text.get("history.fieldChange", f.label(), shown(f.before()), shown(f.after()))).toList());
        if (difference.secretChanged()) {
            parts.add(Text.get("history.secretChanged"));
        }
        return String.join("; ", parts);
    }

    static String shown(String value) {
        return value == null || value.isEmpty() ? Text.get("history.value.none") : value;
    }
}
