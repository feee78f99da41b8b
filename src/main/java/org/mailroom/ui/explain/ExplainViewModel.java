package org.mailroom.ui.explain;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.diagnosis.ErrorDecoder;
import org.mailroom.diagnosis.Explanation;
import org.mailroom.text.Text;

/**
 * The error decoder's window: the pasted text, what it means (from the same table the connection test uses),
 * and a line when it means nothing Mailroom knows. Matching a pasted excerpt is quick: no background work.
 */
public final class ExplainViewModel {

    private final StringProperty pasted = new SimpleStringProperty("");
    private final ObservableList<Explanation> explanations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** Explains the pasted text; an empty or too long one is said so, and the text stays for the admin to fix. */
    public void explain() {
        try {
            explanations.setAll(ErrorDecoder.explain(pasted.get()));
            message.set(explanations.isEmpty() ? Text.get("explain.unknown") : "");
        } catch (IllegalArgumentException refused) {
            explanations.clear();
            message.set(refused.getMessage());
        }
    }

    public StringProperty pastedProperty() {
        return pasted;
    }

    public ObservableList<Explanation> explanations() {
        return explanations;
    }

    /** Empty when explained; else why not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
