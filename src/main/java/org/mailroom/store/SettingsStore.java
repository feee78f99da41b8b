package org.mailroom.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Small workspace-wide settings by key: where the OAuth wizard was left, the manifest checked for a
 * registration, "never save passwords". Values are text (JSON where they have structure).
 */
public final class SettingsStore {

    private final WorkspaceDatabase database;

    public SettingsStore(WorkspaceDatabase database) {
        this.database = database;
    }

    /** The value saved for {@code key}, if any. */
    public Optional<String> get(String key) {
        return database.read(handle -> handle.attach(Rows.class).find(key));
    }

    /** Saves {@code value} for {@code key} (at most 64 characters), replacing the one saved before. */
    public void put(String key, String value) {
        database.write(handle -> {
            Rows rows = handle.attach(Rows.class);
            return rows.update(key, value) > 0 ? 1 : rows.insert(key, value);
        });
    }

    /** Forgets the value of {@code key}; nothing happens when none is saved. */
    public void remove(String key) {
        database.write(handle -> handle.attach(Rows.class).delete(key));
    }

    /** The table's statements; an update, then an insert when there was nothing to update, reads the same on any database. */
    interface Rows {

        @SqlQuery("SELECT setting_value FROM workspace_setting WHERE setting_key = :key")
        Optional<String> find(@Bind("key") String key);

        @SqlUpdate("UPDATE workspace_setting SET setting_value = :value WHERE setting_key = :key")
        int update(@Bind("key") String key, @Bind("value") String value);

        @SqlUpdate("INSERT INTO workspace_setting (setting_key, setting_value) VALUES (:key, :value)")
        int insert(@Bind("key") String key, @Bind("value") String value);

        @SqlUpdate("DELETE FROM workspace_setting WHERE setting_key = :key")
        int delete(@Bind("key") String key);
    }
}
