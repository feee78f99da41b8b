package org.mailroom.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;
import org.mailroom.text.Text;

/** How a drop-down or list shows its values: in words, one way only (its values are chosen, never typed). */
public final class ShownAs<T> extends StringConverter<T> {

    private final Function<T, String> describe;

    public ShownAs(Function<T, String> describe) {
        this.describe = describe;
    }

    /** An enum constant by its words in the bundle ({@link Text#of}), never its Java name such as {@code GLOBAL}. */
    public static <E extends Enum<E>> ShownAs<E> words() {
        return new ShownAs<>(Text::of);
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : describe.apply(value);
    }

    @Override
    public T fromString(String text) {
        throw new UnsupportedOperationException("the values are chosen, never typed");
    }
}
