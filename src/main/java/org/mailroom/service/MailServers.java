package org.mailroom.service;

import java.util.List;
import org.mailroom.detect.Candidate;
import org.mailroom.domain.ItemVersion;
import org.mailroom.domain.MailServer;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.WorkspaceDatabase;

/** The mail server entries: saved and deleted as the Mail servers manager and detection ask. */
public final class MailServers {

    private final WorkspaceDatabase database;
    private final MailServerStore store;
    private final WorkspaceEvents events;
    private final ChangeHistory history;

    public MailServers(WorkspaceDatabase database, MailServerStore store, WorkspaceEvents events) {
        this(database, store, events, ChangeHistory.ofThisUser(database, java.time.Clock.systemUTC()));
    }

    public MailServers(WorkspaceDatabase database, MailServerStore store, WorkspaceEvents events, ChangeHistory history) {
        this.database = database;
        this.store = store;
        this.events = events;
        this.history = history;
    }

    public List<MailServer> findAll() {
        return store.findAll();
    }

    /** Adds ({@code id} 0) or updates the entry over the version last read; see {@link #save(MailServer, ItemVersion)}. */
    public MailServer save(MailServer entry) {
        return save(entry, store.versionSeen(entry.id()));
    }

    /** The version of the entry the list shows now: what an edit of it selected now starts from (memory only). */
    public ItemVersion editStartsFrom(long id) {
        return store.versionSeen(id);
    }

    /**
     * Adds ({@code id} 0) or updates the entry; an update started from {@code startedFrom} is refused when another admin
     * saved the entry since, and an entry in use can't switch between reading and sending.
     */
    public MailServer save(MailServer entry, ItemVersion startedFrom) {
        MailServer saved = history.change(history.scopes().servers(), () -> entry.id() == 0 ? store.add(entry)
                : store.update(entry, startedFrom));
        events.changed();
        return saved;
    }

    /** Deletes an entry no mailbox uses; one in use is refused with the names of its mailboxes. */
    public void delete(MailServer entry) {
        history.change(history.scopes().servers(), () -> {
            store.delete(entry);
            return entry;
        });
        events.changed();
    }

    /** Names of the mailboxes that use the entry, in name order. */
    public List<String> mailboxesUsing(MailServer entry) {
        return store.mailboxesUsing(entry);
    }

    /** The stored entry for a detected server's endpoint; added when the workspace has none yet. */
    public MailServer entryFor(Candidate chosen) {
        MailServer draft = chosen.toMailServer();
        MailServer entry = history.change(history.scopes().servers(), () -> store.findAll().stream().filter(draft::sameEndpoint).findFirst()
                .orElseGet(() -> store.add(draft)));
        events.changed();
        return entry;
    }
}
