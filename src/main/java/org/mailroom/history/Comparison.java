package org.mailroom.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one comparison engine: two sets of items in, item by item what was added, removed and changed (field by
 * field) out. The history, the handover review and {@code diff} all use it.
 */
public final class Comparison {

    /** How an item of one side finds itself on the other. */
    public enum Matching {
        /** By kind and id: the same workspace at two moments, where a renamed item is still the same item. */
        BY_ID(ItemVersion::idKey),
        /** By kind and name: two workspaces (two export files), whose ids mean nothing to each other. */
        BY_NAME(ItemVersion::nameKey);

        private final Function<ItemVersion, String> key;

        Matching(Function<ItemVersion, String> key) {
            this.key = key;
        }
    }

    private static final Comparator<ItemDifference> ORDER = Comparator.comparing(ItemDifference::type)
            .thenComparing(ItemDifference::name, String.CASE_INSENSITIVE_ORDER);

    private Comparison() {
    }

    /** What differs, in kind order and then by name; items that are equal are left out. */
    public static List<ItemDifference> between(Collection<ItemVersion> before, Collection<ItemVersion> after, Matching matching) {
        Map<String, ItemVersion> old = index(before, matching);
        Map<String, ItemVersion> now = index(after, matching);
        List<ItemDifference> differences = new ArrayList<>();
        old.forEach((key, was) -> {
            ItemVersion is = now.get(key);
            if (is == null) {
                differences.add(new ItemDifference(was.type(), was.id(), was.name(), ItemDifference.Action.REMOVED,
                        Optional.of(was), Optional.empty(), fields(was, null), false));
            } else {
                List<FieldDifference> fields = fields(was, is);
                if (!fields.isEmpty()) {
                    differences.add(new ItemDifference(is.type(), is.id(), is.name(), ItemDifference.Action.CHANGED,
                            Optional.of(was), Optional.of(is), fields, false));
                }
            }
        });
        now.forEach((key, is) -> {
            if (!old.containsKey(key)) {
                differences.add(new ItemDifference(is.type(), is.id(), is.name(), ItemDifference.Action.ADDED,
                        Optional.empty(), Optional.of(is), fields(null, is), false));
            }
        });
        differences.sort(ORDER);
        return differences;
    }

    /** The one item at two moments (either may be missing): its difference, if any. */
    public static Optional<ItemDifference> of(Optional<ItemVersion> before, Optional<ItemVersion> after) {
        return between(before.stream().toList(), after.stream().toList(), Matching.BY_ID).stream().findFirst();
    }

    /** The fields that differ, the name among them when it changed; a missing side contributes "". */
    static List<FieldDifference> fields(ItemVersion before, ItemVersion after) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add("name");
        if (before != null) {
            keys.addAll(before.fields().keySet());
        }
        if (after != null) {
            keys.addAll(after.fields().keySet());
        }
        List<FieldDifference> fields = new ArrayList<>();
        for (String key : keys) {
            String was = before == null ? "" : key.equals("name") ? before.name() : before.field(key);
            String is = after == null ? "" : key.equals("name") ? after.name() : after.field(key);
            if (!Objects.equals(was, is)) {
                fields.add(new FieldDifference(key, was, is));
            }
        }
        return fields;
    }

    private static Map<String, ItemVersion> index(Collection<ItemVersion> items, Matching matching) {
        Map<String, ItemVersion> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.put(matching.key.apply(item), item));
        return byKey;
    }
}
