package org.mailroom.ui.fromaddresses;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.Violation;
import org.mailroom.text.Text;

/** The Name and Display name typed for a new value of the chosen attribute, checked as typed. */
public final class NewValue {

    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<BusinessAttribute> attribute;
    private final BooleanBinding valid;
    private final StringBinding problem;

    NewValue(ObjectProperty<BusinessAttribute> attribute) {
        this.attribute = attribute;
        valid = Bindings.createBooleanBinding(() -> violations().isEmpty(), address, displayName);
        problem = Bindings.createStringBinding(this::whyNotAddable, address, displayName, attribute);
    }

    List<Violation> violations() {
        return FromAddress.check(address.get(), displayName.get());
    }

    boolean blank() {
        return address.get().isBlank() && displayName.get().isBlank();
    }

    /** Puts {@code value}'s Name and Display name in the fields, for Add to put it back. */
    void fill(FromAddress value) {
        address.set(value.address());
        displayName.set(value.displayName());
    }

    void clear() {
        address.set("");
        displayName.set("");
    }

    /** Why "Add address" is unavailable, in the words of the first rule broken; empty while nothing is typed. */
    private String whyNotAddable() {
        if (blank()) {
            return "";
        }
        if (attribute.get() == null) {
            return Text.get("from.attribute.first");
        }
        return violations().stream().findFirst().map(Violation::message).orElse("");
    }

    /** The Name typed: the address agents send from. */
    public StringProperty address() {
        return address;
    }

    public StringProperty displayName() {
        return displayName;
    }

    public BooleanBinding valid() {
        return valid;
    }

    /** Why the typed value can't be added yet; empty when it can, or nothing is typed. */
    public StringBinding problem() {
        return problem;
    }
}
