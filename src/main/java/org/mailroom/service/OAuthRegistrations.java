package org.mailroom.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailroom.domain.ItemVersion;
import org.mailroom.domain.Mailbox;
import org.mailroom.io.AtomicFiles;
import org.mailroom.io.FileAccessException;
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

    private final OAuthStore store;
    private final RegistrationNotesStore notes;
    private final WorkspaceEvents events;
    private final ChangeHistory history;
    private final Handovers handovers;

    public OAuthRegistrations(WorkspaceDatabase database, OAuthStore store, WorkspaceEvents events) {
        this(database, store, events, ChangeHistory.ofThisUser(database, Clock.systemUTC()));
    }

    private OAuthRegistrations(WorkspaceDatabase database, OAuthStore store, WorkspaceEvents events, ChangeHistory history) {
        this(store, new RegistrationNotesStore(database), events, history, new Handovers(database, history, Clock.systemUTC()));
    }

    /** Registrations are recorded in {@code history}; a migration request saved is a handover kept by {@code handovers}. */
    public OAuthRegistrations(OAuthStore store, RegistrationNotesStore notes, WorkspaceEvents events, ChangeHistory history,
                              Handovers handovers) {
        this.store = store;
        this.notes = notes;
        this.events = events;
        this.history = history;
        this.handovers = handovers;
    }

    /** Writes the migration request for Genesys (temp file, then moved into place); it is a handover. */
    public void saveMigrationRequest(Path target, String request) throws IOException {
        try {
            AtomicFiles.write(target, request.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw FileAccessException.writing(target, e);
        }
        handovers.mark(Handovers.Reason.MIGRATION_REQUEST);
    }

    /**
     * Stores the registration (replacing one of the same name), signs the chosen mailboxes in through it
     * ({@code testMailbox} marked), keeps the pasted manifest and what the admin recorded ({@code notes}: ticked
     * checklist, confirmed ids, the secret's expiry) and forgets the wizard's draft: all or nothing.
     */
    public StoredRegistration register(AzureAppRegistration registration, List<Mailbox> chosen, Mailbox testMailbox,
                                       Optional<String> manifest, RegistrationNotes notes) {
        return register(registration, chosen, testMailbox, manifest, notes, null);
    }

    /**
     * The registrations stored now, by id, at the versions read now: what a wizard opened now starts from. Reads the
     * workspace: not on the FX thread.
     */
    public Map<Long, ItemVersion> editStartsFrom() {
        Map<Long, ItemVersion> versions = new HashMap<>();
        store.registrations().forEach(stored -> versions.put(stored.id(), store.versionSeen(stored.id())));
        return versions;
    }

    /**
     * As {@link #register(AzureAppRegistration, List, Mailbox, Optional, RegistrationNotes)}, for a wizard that opened
     * when the registrations were at {@code startedFrom} ({@link #editStartsFrom()}; null: as this client last read
     * them): a registration of the same name that another admin changed, or added, since is not replaced unseen.
     */
    public StoredRegistration register(AzureAppRegistration registration, List<Mailbox> chosen, Mailbox testMailbox,
                                       Optional<String> manifest, RegistrationNotes notes, Map<Long, ItemVersion> startedFrom) {
        StoredRegistration saved = history.change(history.scopes().registrationsAndTheirMailboxes(
                chosen.stream().map(Mailbox::id).toList()), () -> {
            long existing = store.registrations().stream()
                    .filter(r -> r.registration().name().equalsIgnoreCase(registration.name().strip()))
                    .mapToLong(StoredRegistration::id).findFirst().orElse(0L);
            StoredRegistration stored = store.save(existing, registration, startedFrom == null || existing == 0
                    ? store.versionSeen(existing) : startedFrom.getOrDefault(existing, ItemVersion.NONE));
            chosen.forEach(mailbox -> store.link(mailbox, stored, mailbox.equals(testMailbox)));
            // text the checker refused is no manifest: the configuration check keeps the last one it could read
            manifest.filter(text -> !text.isBlank()).filter(ManifestChecker::readable)
                    .ifPresent(text -> store.saveManifest(stored, text));
            this.notes.replace(stored.id(), notes);
            store.saveSetting(DRAFT_SETTING, "{}");
            return stored;
        });
        events.changed();
        return saved;
    }

    /** What the wizard opens with: where the admin left it (JSON), and the registrations' versions Finish starts from. */
    public record Opening(Optional<String> draft, Map<Long, ItemVersion> versions) {
    }

    /** Reads what the wizard opens with; not on the FX thread. */
    public Opening open() {
        return new Opening(draft(), editStartsFrom());
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
