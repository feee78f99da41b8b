package org.mailroom.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailroom.domain.Mailbox;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.ManifestChecker;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.RegistrationNotes;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.RegistrationNotesStore;
import org.mailroom.store.WorkspaceDatabase;

/** Azure app registrations: registering one with its mailbox links, manifest and draft in one transaction. */
public final class OAuthRegistrations {

    static final String DRAFT_SETTING = "wizardDraft";

    private final WorkspaceDatabase database;
    private final OAuthStore store;
    private final WorkspaceEvents events;

    public OAuthRegistrations(WorkspaceDatabase database, OAuthStore store, WorkspaceEvents events) {
        this.database = database;
        this.store = store;
        this.events = events;
    }

    /**
     * Stores the registration (replacing one of the same name), signs the chosen mailboxes in through it
     * ({@code testMailbox} marked), keeps the pasted manifest and what the admin recorded ({@code notes}: ticked
     * checklist, confirmed ids, the secret's expiry) and forgets the wizard's draft: all or nothing.
     */
    public StoredRegistration register(AzureAppRegistration registration, List<Mailbox> chosen, Mailbox testMailbox,
                                       Optional<String> manifest, RegistrationNotes notes) {
        StoredRegistration saved = database.inTransaction(() -> {
            long existing = store.registrations().stream()
                    .filter(r -> r.registration().name().equalsIgnoreCase(registration.name().strip()))
                    .mapToLong(StoredRegistration::id).findFirst().orElse(0L);
            StoredRegistration stored = store.save(existing, registration);
            chosen.forEach(mailbox -> store.link(mailbox, stored, mailbox.equals(testMailbox)));
            // text the checker refused is no manifest: the configuration check keeps the last one it could read
            manifest.filter(text -> !text.isBlank()).filter(ManifestChecker::readable)
                    .ifPresent(text -> store.saveManifest(stored, text));
            new RegistrationNotesStore(database).replace(stored.id(), notes);
            store.saveSetting(DRAFT_SETTING, "{}");
            return stored;
        });
        events.changed();
        return saved;
    }

    /** Where the admin left the wizard (JSON), if they did. */
    public Optional<String> draft() {
        return store.setting(DRAFT_SETTING);
    }

    public void saveDraft(String json) {
        store.saveSetting(DRAFT_SETTING, json);
    }

    /** The app registration the mailbox signs in through, if it uses OAuth. */
    public Optional<StoredRegistration> registrationOf(Mailbox mailbox) {
        return Optional.ofNullable(registrationsOf(List.of(mailbox)).get(mailbox.id()));
    }

    /** By mailbox id, the registrations the given mailboxes sign in through (those using OAuth only). */
    public Map<Long, StoredRegistration> registrationsOf(Collection<Mailbox> mailboxes) {
        Map<Long, StoredRegistration> byId = new HashMap<>();
        store.registrations().forEach(r -> byId.put(r.id(), r));
        Map<Long, OAuthLink> links = store.links();
        Map<Long, StoredRegistration> result = new HashMap<>();
        for (Mailbox mailbox : mailboxes) {
            OAuthLink link = links.get(mailbox.id());
            if (link != null && byId.containsKey(link.registrationId())) {
                result.put(mailbox.id(), byId.get(link.registrationId()));
            }
        }
        return result;
    }
}
