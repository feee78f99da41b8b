package org.mailroom.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.mailroom.oauth.RegistrationNotes;

/** What the admin recorded about each app registration: ticked checklist items, confirmed permission ids, secret expiry. */
public final class RegistrationNotesStore {

    private final WorkspaceDatabase database;

    public RegistrationNotesStore(WorkspaceDatabase database) {
        this.database = database;
    }

    /** By registration id; registrations without any note are absent. */
    public Map<Long, RegistrationNotes> all() {
        return database.read(handle -> {
            Map<Long, Set<String>> ticks = new HashMap<>();
            handle.createQuery("SELECT registration_id, item FROM registration_checklist_tick")
                    .map((rows, context) -> Map.entry(rows.getLong(1), rows.getString(2)))
                    .forEach(row -> ticks.computeIfAbsent(row.getKey(), id -> new HashSet<>()).add(row.getValue()));
            Map<Long, Map<String, String>> ids = new HashMap<>();
            handle.createQuery("SELECT registration_id, permission, permission_id FROM registration_permission_id")
                    .map((rows, context) -> new String[] {String.valueOf(rows.getLong(1)), rows.getString(2), rows.getString(3)})
                    .forEach(row -> ids.computeIfAbsent(Long.valueOf(row[0]), id -> new HashMap<>()).put(row[1], row[2]));
            Map<Long, LocalDate> expiries = new HashMap<>();
            handle.createQuery("SELECT registration_id, expires FROM registration_secret_expiry")
                    .map((rows, context) -> Map.entry(rows.getLong(1), rows.getObject(2, LocalDate.class)))
                    .forEach(row -> expiries.put(row.getKey(), row.getValue()));
            Set<Long> owners = new HashSet<>(ticks.keySet());
            owners.addAll(ids.keySet());
            owners.addAll(expiries.keySet());
            Map<Long, RegistrationNotes> notes = new HashMap<>();
            for (long owner : owners) {
                notes.put(owner, new RegistrationNotes(ticks.getOrDefault(owner, Set.of()), ids.getOrDefault(owner, Map.of()),
                        expiries.get(owner)));
            }
            return notes;
        });
    }

    public RegistrationNotes of(long registrationId) {
        return all().getOrDefault(registrationId, RegistrationNotes.NONE);
    }

    /** Keeps exactly these notes for the registration (null: none). */
    public void replace(long registrationId, RegistrationNotes notes) {
        RegistrationNotes kept = notes == null ? RegistrationNotes.NONE : notes;
        database.write(handle -> {
            for (String table : new String[] {"registration_checklist_tick", "registration_permission_id", "registration_secret_expiry"}) {
                handle.createUpdate("DELETE FROM " + table + " WHERE registration_id = :id").bind("id", registrationId).execute();
            }
            for (String item : kept.ticked()) {
                handle.createUpdate("INSERT INTO registration_checklist_tick (registration_id, item) VALUES (:id, :item)")
                        .bind("id", registrationId).bind("item", item).execute();
            }
            kept.confirmedIds().forEach((permission, id) -> handle.createUpdate(
                            "INSERT INTO registration_permission_id (registration_id, permission, permission_id) VALUES (:id, :permission, :permissionId)")
                    .bind("id", registrationId).bind("permission", permission).bind("permissionId", id).execute());
            if (kept.secretExpires() != null) {
                handle.createUpdate("INSERT INTO registration_secret_expiry (registration_id, expires) VALUES (:id, :expires)")
                        .bind("id", registrationId).bind("expires", kept.secretExpires()).execute();
            }
            return null;
        });
    }

    /** Changes one part of the notes, keeping the others. */
    public void update(long registrationId, Function<RegistrationNotes, RegistrationNotes> change) {
        database.inTransaction(() -> {
            replace(registrationId, change.apply(of(registrationId)));
            return null;
        });
    }
}
