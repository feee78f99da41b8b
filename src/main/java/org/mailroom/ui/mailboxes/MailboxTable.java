package org.mailroom.ui.mailboxes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.text.Text;

/** The table's rows: every mailbox of the workspace, and those the filter and the search let through. */
final class MailboxTable {

    private final ObservableList<MailboxItem> items = FXCollections.observableArrayList();
    private final FilteredList<MailboxItem> shown = new FilteredList<>(items);
    private final ObjectProperty<MailboxFilter> filter = new SimpleObjectProperty<>(MailboxFilter.ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanBinding hasOutbound = Bindings.createBooleanBinding(
            () -> WorkspaceRules.of(items.stream().map(MailboxItem::mailbox).toList()).hasOutbound(), items);
    private final StringBinding status = Bindings.createStringBinding(
            () -> Text.get("mailboxes.status", items.size(), shown.size()), items, shown);

    MailboxTable() {
        filter.addListener(changed -> updatePredicate());
        search.addListener(changed -> updatePredicate());
    }

    private void updatePredicate() {
        MailboxFilter chosen = filter.get();
        String query = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(item -> chosen.accepts(item) && (query.isEmpty() || item.matches(query)));
    }

    /** Adds the row, or replaces the row of the same mailbox; returns it. */
    MailboxItem put(MailboxItem item) {
        Optional<Integer> index = indexOf(item.id());
        if (index.isPresent()) {
            items.set(index.get(), item);
        } else {
            items.add(item);
        }
        return item;
    }

    void remove(long mailboxId) {
        indexOf(mailboxId).ifPresent(index -> items.remove((int) index));
    }

    void setAll(List<MailboxItem> rows) {
        items.setAll(rows);
    }

    /** The row of the mailbox; empty when it is gone. */
    Optional<MailboxItem> find(long mailboxId) {
        return indexOf(mailboxId).map(items::get);
    }

    /** Every filter and the search cleared, so any mailbox can be shown. */
    void showAll() {
        filter.set(MailboxFilter.ALL);
        search.set("");
    }

    private Optional<Integer> indexOf(long id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    ObservableList<MailboxItem> items() {
        return items;
    }

    FilteredList<MailboxItem> shown() {
        return shown;
    }

    ObjectProperty<MailboxFilter> filter() {
        return filter;
    }

    StringProperty search() {
        return search;
    }

    BooleanBinding hasOutbound() {
        return hasOutbound;
    }

    StringBinding status() {
        return status;
    }
}
