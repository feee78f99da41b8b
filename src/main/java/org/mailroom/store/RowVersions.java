package org.mailroom.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.mailroom.domain.EditConflictException;
import org.mailroom.domain.ItemVersion;

/**
 * Optimistic concurrency for one table of items (its rows carry {@code version}, {@code changed_by},
 * {@code changed_at}): the version of each row as this client last read or wrote it, and the claim a save makes
 * before it writes. The claim moves the row's version on only while it is still the one the edit started from, so
 * another admin's newer change is never overwritten: the save is refused with who changed the item and when, and
 * the use case's transaction writes nothing. On PostgreSQL the claim also locks the row until the commit, so two
 * saves at the same moment can't both pass it.
 */
final class RowVersions {

    static final String COLUMNS = "version, changed_by, changed_at";

    private final String table;
    private final String key;
    private final Map<Long, ItemVersion> seen = new ConcurrentHashMap<>();
    /** Who this client's changes are recorded as: the OS user. */
    private final String changedBy = System.getProperty("user.name", "");

    /** Rows of {@code table}, found by their {@code key} column (the id, or the entry a row belongs to). */
    RowVersions(String table, String key) {
        this.table = table;
        this.key = key;
    }

    RowVersions(String table) {
        this(table, "id");
    }

    /** The version of the row as this client last read or wrote it; {@link ItemVersion#UNKNOWN} when never read. */
    ItemVersion seen(long id) {
        return seen.getOrDefault(id, ItemVersion.UNKNOWN);
    }

    /** Notes the version of a row just read (the query selected {@link #COLUMNS}) and returns it. */
    ItemVersion read(long id, ResultSet rows) throws SQLException {
        OffsetDateTime at = rows.getObject("changed_at", OffsetDateTime.class);
        ItemVersion version = new ItemVersion(rows.getLong("version"), rows.getString("changed_by"), at == null ? null : at.toInstant());
        seen.put(id, version);
        return version;
    }

    /** Notes that the client read and found no row for {@code id}: an edit then starts from {@link ItemVersion#NONE}. */
    void readNone(long id) {
        seen.put(id, ItemVersion.NONE);
    }

    /** Who this client's changes are signed with. */
    String changedBy() {
        return changedBy;
    }

    /** Notes a row this client inserted at version 1, signed at {@code at}. */
    void inserted(long id, Instant at) {
        seen.put(id, new ItemVersion(1, changedBy, at));
    }

    /** Signs a row this client just added (at version 1) with who added it and when. */
    void added(Handle handle, long id) {
        Instant now = Instant.now();
        handle.createUpdate("UPDATE " + table + " SET changed_by = :by, changed_at = :at WHERE " + key + " = :id")
                .bind("by", changedBy).bind("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).bind("id", id).execute();
        seen.put(id, new ItemVersion(1, changedBy, now));
    }

    /**
     * Claims the row for a save that started from {@code startedFrom}, inside the save's transaction: its version
     * moves on, signed by this client. When another admin changed the row since, or deleted it, nothing is written
     * and an {@link EditConflictException} names who and when; {@code current} reads the item as stored now, and
     * {@code storedName} gives the name the refusal calls it by ({@code name}, the edit's, when it was deleted).
     *
     * @return whether the row exists: false only when there is none and the edit started from none
     *         ({@link ItemVersion#NONE}) or from a version never read ({@link ItemVersion#UNKNOWN}); the caller adds
     *         the row or says it is gone
     */
    <T> boolean claim(Handle handle, long id, ItemVersion startedFrom, String name, Supplier<Optional<T>> current,
                      Function<T, String> storedName) {
        Instant now = Instant.now();
        int claimed = handle.createUpdate("UPDATE " + table + " SET version = version + 1, changed_by = :by, changed_at = :at "
                        + "WHERE " + key + " = :id" + (startedFrom.version() != 0 ? " AND version = :expected" : ""))
                .bind("by", changedBy).bind("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).bind("id", id)
                .bind("expected", startedFrom.version())
                .execute();
        if (claimed == 1) {
            // a claim against a known version moved it on by one; only an unchecked one asks the database
            long version = startedFrom.version() > 0 ? startedFrom.version() + 1
                    : handle.createQuery("SELECT version FROM " + table + " WHERE " + key + " = :id").bind("id", id).mapTo(Long.class).one();
            seen.put(id, new ItemVersion(version, changedBy, now));
            return true;
        }
        Optional<ItemVersion> stored = handle.createQuery("SELECT " + COLUMNS + " FROM " + table + " WHERE " + key + " = :id")
                .bind("id", id).map((rows, context) -> read(id, rows)).findOne();
        if (stored.isEmpty()) {
            if (startedFrom.version() <= 0) {
                return false;
            }
            seen.remove(id);
            throw EditConflictException.deleted(name);
        }
        T theirs = current.get().orElse(null);
        throw EditConflictException.changed(theirs == null ? name : storedName.apply(theirs), theirs, stored.get());
    }

    /** Forgets a deleted row. */
    void deleted(long id) {
        seen.remove(id);
    }
}
