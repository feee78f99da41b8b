package org.mailroom.ui.common;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.mailroom.check.ItemKind;
import org.mailroom.check.ItemRef;

/**
 * "Go to item": where each kind of item is shown. Made first, so any screen can be handed {@link #goTo}
 * before the screens that show items exist; each of those registers itself when it is made.
 */
public final class Navigator {

    private final Map<ItemKind, Consumer<ItemRef>> destinations = new EnumMap<>(ItemKind.class);

    /** Items of {@code kind} are shown by {@code destination} from now on. */
    public void register(ItemKind kind, Consumer<ItemRef> destination) {
        destinations.put(kind, destination);
    }

    /** Shows the item; an item of a kind no screen shows (the workspace itself) changes nothing. */
    public void goTo(ItemRef item) {
        destinations.getOrDefault(item.kind(), ignored -> { }).accept(item);
    }
}
