package org.mailroom.history;

import org.mailroom.text.Text;

/** One field of an item that differs: "" stands for a field the item did not have. */
public record FieldDifference(String field, String before, String after) {

    /** What the field is called on screen. */
    public String label() {
        return Text.get("history.field." + field);
    }
}
