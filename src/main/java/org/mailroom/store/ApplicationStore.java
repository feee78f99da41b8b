package org.mailroom.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mailroom.domain.Field;
import org.mailroom.domain.Applications;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.ItemVersion;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.text.Text;

/** The Digital applications of the workspace and the mailboxes assigned to them. */
public final class ApplicationStore {

    private final WorkspaceDatabase database;
    /** The version of each application as this client last read or wrote it. */
    private final RowVersions versions = new RowVersions("digital_application");

    public ApplicationStore(WorkspaceDatabase database) {
        this.database = database;
    }

    /** Every application and every assignment: what each mailbox's state follows from. */
    public Applications findAll() {
        return database.read(handle -> {
            Map<Long, DigitalApplication> byId = new HashMap<>();
            handle.createQuery("SELECT id, name, stream_enabled, " + RowVersions.COLUMNS + " FROM digital_application")
                    .map((rows, context) -> {
                        versions.read(rows.getLong(1), rows);
                        return new DigitalApplication(rows.getLong(1), rows.getString(2), rows.getBoolean(3));
                    })
                    .forEach(application -> byId.put(application.id(), application));
            Map<Long, Long> assignments = new HashMap<>();
            handle.createQuery("SELECT id, application_id FROM mailbox WHERE application_id IS NOT NULL")
                    .map((rows, context) -> Map.entry(rows.getLong(1), rows.getLong(2)))
                    .forEach(assignment -> assignments.put(assignment.getKey(), assignment.getValue()));
            return new Applications(byId, assignments);
        });
    }

    /** The application with this id, if it exists. */
    public Optional<DigitalApplication> find(long id) {
        return database.read(handle -> handle.createQuery("SELECT id, name, stream_enabled FROM digital_application WHERE id = :id")
                .bind("id", id)
                .map((rows, context) -> new DigitalApplication(rows.getLong(1), rows.getString(2), rows.getBoolean(3)))
                .findFirst());
    }

    public DigitalApplication add(DigitalApplication draft) {
        return database.write(conflicts(draft), handle -> {
            long id = handle.createUpdate("INSERT INTO digital_application (name, stream_enabled) VALUES (:name, :streamEnabled)")
                    .bind("name", draft.name())
                    .bind("streamEnabled", draft.streamEnabled())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            versions.added(handle, id);
            return draft.withId(id);
        });
    }

    /** The version of the application as this client last read or wrote it (memory only: safe on any thread). */
    public ItemVersion versionSeen(long id) {
        return versions.seen(id);
    }

    /** Saves a new name or stream state over the version this client last read. */
    public DigitalApplication update(DigitalApplication application) {
        return update(application, versionSeen(application.id()));
    }

    /**
     * Saves a new name or stream state, only while the stored application is still at {@code startedFrom} (another
     * admin's newer change is refused in words); the state of every assigned mailbox follows.
     */
    public DigitalApplication update(DigitalApplication application, ItemVersion startedFrom) {
        return database.write(conflicts(application), handle -> {
            versions.claim(handle, application.id(), startedFrom, application.name(), () -> find(application.id()), DigitalApplication::name);
            int changed = handle.createUpdate("UPDATE digital_application SET name = :name, stream_enabled = :streamEnabled WHERE id = :id")
                    .bind("name", application.name())
                    .bind("streamEnabled", application.streamEnabled())
                    .bind("id", application.id())
                    .execute();
            if (changed == 0) {
                throw new StoreException(Text.get("store.applicationGone", application.name()));
            }
            return application;
        });
    }

    /** Deletes the application; its mailboxes become unassigned, and so disabled. */
    public void delete(DigitalApplication application) {
        versions.deleted(application.id());
        database.write(handle -> handle.createUpdate("DELETE FROM digital_application WHERE id = :id")
                .bind("id", application.id())
                .execute());
    }

    /** Assigns the mailbox to the application, or unassigns it when {@code application} is null. */
    public void assign(Mailbox mailbox, DigitalApplication application) {
        SqlErrors.Conflicts applicationGone = (broken, cause) -> broken == SqlErrors.Broken.PARENT_MISSING
                ? new StoreException(Text.get("store.applicationGone", application.name()), cause)
                : null;
        database.write(applicationGone, handle -> {
            int changed = handle.createUpdate("UPDATE mailbox SET application_id = :applicationId WHERE id = :id")
                    .bind("applicationId", application == null ? null : application.id())
                    .bind("id", mailbox.id())
                    .execute();
            if (changed == 0) {
                throw new StoreException(Text.get("store.mailboxChanged", mailbox.name()));
            }
            return changed;
        });
    }

    private static SqlErrors.Conflicts conflicts(DigitalApplication application) {
        return (broken, cause) -> translate(application, broken);
    }

    private static RuntimeException translate(DigitalApplication application, SqlErrors.Broken broken) {
        if (broken == SqlErrors.Broken.UNIQUE) {
            return new RuleViolationException(Violation.of(Field.APPLICATION_NAME,
                    "rule.duplicateApplication", application.name()));
        }
        return null;
    }
}
