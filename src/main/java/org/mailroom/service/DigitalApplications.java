package org.mailroom.service;

import org.mailroom.domain.Applications;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.store.ApplicationStore;

/** Digital applications, whose streams enable the mailboxes assigned to them. */
public final class DigitalApplications {

    private final ApplicationStore store;
    private final WorkspaceEvents events;

    public DigitalApplications(ApplicationStore store, WorkspaceEvents events) {
        this.store = store;
        this.events = events;
    }

    public Applications findAll() {
        return store.findAll();
    }

    public DigitalApplication add(DigitalApplication draft) {
        DigitalApplication added = store.add(draft);
        events.changed();
        return added;
    }

    /** Renames it or switches its stream; the mailboxes assigned to it follow at once. */
    public DigitalApplication update(DigitalApplication application) {
        DigitalApplication updated = store.update(application);
        events.changed();
        return updated;
    }

    /** Deletes it; its mailboxes become unassigned, so disabled. */
    public void delete(DigitalApplication application) {
        store.delete(application);
        events.changed();
    }
}
