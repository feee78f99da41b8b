package org.mailroom.ui.common;

import javafx.util.StringConverter;
import org.mailroom.text.Text;

/** Shows an enum constant in a choice box or cell by its text from the bundle, never by its Java name. */
public final class EnumConverter<E extends Enum<E>> extends StringConverter<E> {

    @Override
    public String toString(E constant) {
        return constant == null ? "" : Text.of(constant);
    }

    @Override
    public E fromString(String text) {
        throw new UnsupportedOperationException("the choices are not typed");
    }
}
