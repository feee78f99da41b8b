package org.mailroom.service;

import org.mailroom.domain.Applications;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.ItemVersion;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.WorkspaceDatabase;

/** Digital applications, whose streams enable the mailboxes assigned to them. */
public final class DigitalApplications {

    private final ApplicationStore store;
    private final WorkspaceEvents events;
    private final ChangeHistory history;

    public DigitalApplications(WorkspaceDatabase database, ApplicationStore store, WorkspaceEvents events) {
        this(store, events, ChangeHistory.ofThisUser(database, java.time.Clock.systemUTC()));
    }

    public DigitalApplications(ApplicationStore store, WorkspaceEvents events, ChangeHistory history) {
        this.store = store;
        this.events = events;
        this.history = history;
    }

    public Applications findAll() {
        return store.findAll();
    }

    public DigitalApplication add(DigitalApplication draft) {
        DigitalApplication added = history.change(history.scopes().applications(), () -> store.add(draft));
        events.changed();
        return added;
    }

    /** Renames it or switches its stream; the mailboxes assigned to it follow at once. */
    public DigitalApplication update(DigitalApplication application) {
        return update(application, store.versionSeen(application.id()));
    }

    /** The version of the application as last read (memory only): what a change of it decided now starts from. */
    public ItemVersion editStartsFrom(long id) {
        return store.versionSeen(id);
    }

    /** Saves a new name or stream state, refused when another admin changed the application since {@code startedFrom}. */
    public DigitalApplication update(DigitalApplication application, ItemVersion startedFrom) {
        DigitalApplication updated = history.change(history.scopes().applications(), () -> store.update(application, startedFrom));
        events.changed();
        return updated;
    }

    /** Deletes it; its mailboxes become unassigned, so disabled. */
    public void delete(DigitalApplication application) {
        history.change(history.scopes().applications(), () -> {
            store.delete(application);
            return application;
        });
        events.changed();
    }
}
