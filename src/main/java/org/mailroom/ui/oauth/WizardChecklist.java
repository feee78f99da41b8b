package org.mailroom.ui.oauth;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.domain.Mailbox;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.MailboxChecklist;
import org.mailroom.oauth.RegistrationNotes;
import org.mailroom.text.Text;

/**
 * What the admin records in the wizard beside Azure's values, stored with the registration and checked before
 * go-live: the checklist (the mailbox settings of their own protocol and, for app-only, consent, the service
 * principal, FullAccess or a role assignment, Send As), each a box ticked once done; the client secret's expiry
 * date as the portal shows it; the permission ids confirmed as found in the tenant. All go with the wizard's draft,
 * so they survive closing the wizard.
 */
public final class WizardChecklist {

    /** One item, and whether the admin has ticked it. */
    public record Entry(MailboxChecklist.Item item, BooleanProperty done) {
        String key() {
            return item.tickKey();
        }
    }

    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final StringProperty secretExpires = new SimpleStringProperty("");
    private final Map<String, String> confirmedIds = new HashMap<>();

    /** The items for this registration and these mailboxes; an item already listed keeps its tick. */
    void refresh(List<Mailbox> chosen, AzureAppRegistration registration, String servicePrincipalId) {
        Map<String, Boolean> ticked = entries.stream().collect(Collectors.toMap(Entry::key, e -> e.done().get(), (a, b) -> a));
        entries.setAll(MailboxChecklist.forRegistration(registration, chosen, servicePrincipalId).stream()
                .map(item -> new Entry(item, new SimpleBooleanProperty(ticked.getOrDefault(item.tickKey(), false))))
                .toList());
    }

    /** Takes back what the draft remembers. */
    void resume(WizardDraft draft) {
        tick(draft.ticked());
        secretExpires.set(draft.secretExpires() == null ? "" : draft.secretExpires());
        confirmedIds.clear();
        if (draft.confirmedIds() != null) {
            confirmedIds.putAll(draft.confirmedIds());
        }
    }

    /** Ticks the items the draft remembers. */
    void tick(Collection<String> keys) {
        entries.forEach(entry -> entry.done().set(keys != null && keys.contains(entry.key())));
    }

    /** What the draft keeps: the ticked items, as "mailbox|item". */
    Set<String> tickedKeys() {
        return entries.stream().filter(entry -> entry.done().get()).map(Entry::key).collect(Collectors.toUnmodifiableSet());
    }

    /** The admin found these ids for these permissions in their tenant (the manifest page's "Confirm"). */
    void confirm(Map<String, String> idsByPermission) {
        confirmedIds.putAll(idsByPermission);
    }

    Map<String, String> confirmedIds() {
        return Map.copyOf(confirmedIds);
    }

    /** What is stored with the registration; empty, with the reason given to {@code refused}, when the date is no date. */
    Optional<RegistrationNotes> notes(Consumer<String> refused) {
        String typed = secretExpires.get() == null ? "" : secretExpires.get().strip();
        LocalDate expires = null;
        if (!typed.isEmpty()) {
            try {
                expires = LocalDate.parse(typed);
            } catch (DateTimeParseException e) {
                refused.accept(Text.get("wizard.secretExpires.invalid", typed));
                return Optional.empty();
            }
        }
        return Optional.of(new RegistrationNotes(tickedKeys(), confirmedIds, expires));
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    /** The client secret's expiry as typed from the portal (yyyy-mm-dd); empty when not known. */
    public StringProperty secretExpiresProperty() {
        return secretExpires;
    }
}
