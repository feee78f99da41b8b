package org.mailroom.ui.oauth;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.domain.Mailbox;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.MailboxChecklist;
import org.mailroom.oauth.OAuthProtocol;

/**
 * The "Mailbox settings" page: per chosen mailbox the settings of its own protocol (IMAP enabled for an
 * IMAP mailbox, SMTP AUTH for the outbound one), each a box the admin ticks once it is done. The ticks go
 * with the wizard's draft, so they survive closing the wizard.
 */
public final class WizardChecklist {

    /** One setting on one mailbox, and whether the admin has ticked it. */
    public record Entry(MailboxChecklist.Item item, BooleanProperty done) {
        String key() {
            return keyOf(item);
        }
    }

    private final ObservableList<Entry> entries = FXCollections.observableArrayList();

    /** The items for these mailboxes; an item already listed keeps its tick. */
    void refresh(List<Mailbox> chosen, GrantType grant) {
        Map<String, Boolean> ticked = entries.stream().collect(Collectors.toMap(Entry::key, e -> e.done().get(), (a, b) -> a));
        entries.setAll(chosen.stream()
                .flatMap(mailbox -> MailboxChecklist.forMailbox(mailbox.login(), ownProtocol(mailbox), grant).stream())
                .map(item -> new Entry(item, new SimpleBooleanProperty(ticked.getOrDefault(keyOf(item), false))))
                .toList());
    }

    /** Ticks the items the draft remembers. */
    void tick(Collection<String> keys) {
        entries.forEach(entry -> entry.done().set(keys != null && keys.contains(entry.key())));
    }

    /** What the draft keeps: the ticked items, as "mailbox|setting". */
    Set<String> tickedKeys() {
        return entries.stream().filter(entry -> entry.done().get()).map(Entry::key).collect(Collectors.toUnmodifiableSet());
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    private static Set<OAuthProtocol> ownProtocol(Mailbox mailbox) {
        return EnumSet.of(OAuthProtocol.of(mailbox.kind()));
    }

    private static String keyOf(MailboxChecklist.Item item) {
        return item.mailbox() + "|" + item.key();
    }
}
