package org.mailroom.ui.mailboxes;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.domain.FromAddress;

/**
 * The outbound form's From Address drop-down: the chosen Business Attribute's values, and "Add..." that
 * opens Manage Email Addresses with the list following it while it is open.
 */
public final class FromAddressChoices {

    private final ObservableList<FromAddress> values = FXCollections.observableArrayList();
    private Consumer<ObservableList<FromAddress>> manager = choices -> { };

    void offer(List<FromAddress> offered, Consumer<ObservableList<FromAddress>> opensManager) {
        values.setAll(offered);
        manager = opensManager;
    }

    /**
     * Opens the manager from a drop-down that had {@code current} in it; returns what the From Address is
     * afterwards: still {@code current}, or, when none was there, the value just added.
     */
    String manage(String current) {
        List<FromAddress> before = List.copyOf(values);
        manager.accept(values);
        Optional<String> added = values.stream().map(FromAddress::address)
                .filter(address -> before.stream().noneMatch(old -> old.address().equalsIgnoreCase(address)))
                .reduce((first, last) -> last);
        String kept = current == null ? "" : current;
        return kept.isBlank() ? added.orElse(kept) : kept;
    }

    /** The display name agents see for an address of the drop-down, if it is one of the values. */
    Optional<String> displayNameOf(String address) {
        return values.stream().filter(value -> value.address().equalsIgnoreCase(address))
                .map(FromAddress::displayName).findFirst();
    }

    ObservableList<FromAddress> values() {
        return values;
    }
}
