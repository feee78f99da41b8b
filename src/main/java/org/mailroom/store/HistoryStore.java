package org.mailroom.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * The change history and the display names admins chose, as plain rows: the history package turns the
 * fields' JSON into items. Rows are written inside the use case's transaction, so a refused change leaves none.
 */
public final class HistoryStore {

    private static final String COLUMNS = "h.id, h.changed_at, h.os_user, h.admin_name, h.item_kind, h.item_id, h.item_name, "
            + "h.action, f.fields_before, f.fields_after, h.secret_changed";

    /** One change of one item. {@code id} is 0 until stored; the fields are JSON objects, null when the item did not exist. */
    public record Row(long id, Instant changedAt, String osUser, String adminName, String itemKind, long itemId, String itemName,
                      String action, String fieldsBefore, String fieldsAfter, boolean secretChanged) {
    }

    /**
     * Which rows to read; every part may be null for "any".
     *
     * @param from  the first instant included
     * @param until the first instant no longer included
     */
    public record Filter(String itemKind, Long itemId, String itemName, String osUser, Instant from, Instant until) {

        public static final Filter ALL = new Filter(null, null, null, null, null, null);
    }

    private final WorkspaceDatabase database;

    public HistoryStore(WorkspaceDatabase database) {
        this.database = database;
    }

    /**
     * Adds the rows, joining the caller's transaction: two batches (the narrow rows, then their fields), so a use case
     * that changed many items, or an import, pays two round trips to a team server rather than two per row.
     */
    public void add(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        database.write(handle -> {
            PreparedBatch changes = handle.prepareBatch("INSERT INTO change_history (changed_at, os_user, admin_name, item_kind, "
                    + "item_id, item_name, item_key, action, secret_changed) VALUES (:changedAt, :osUser, :adminName, :itemKind, "
                    + ":itemId, :itemName, :itemKey, :action, :secretChanged)");
            for (Row row : rows) {
                changes.bindMethods(row)
                        .bind("changedAt", OffsetDateTime.ofInstant(row.changedAt(), ZoneOffset.UTC))
                        .bind("itemKey", row.itemName().toLowerCase(Locale.ROOT))
                        .add();
            }
            List<Long> ids = changes.executePreparedBatch("id").mapTo(Long.class).list();
            PreparedBatch fields = handle.prepareBatch("INSERT INTO change_history_fields (change_id, fields_before, fields_after) "
                    + "VALUES (:id, :fieldsBefore, :fieldsAfter)");
            for (int i = 0; i < rows.size(); i++) {
                fields.bind("id", ids.get(i)).bind("fieldsBefore", rows.get(i).fieldsBefore())
                        .bind("fieldsAfter", rows.get(i).fieldsAfter()).add();
            }
            fields.execute();
            return rows.size();
        });
    }

    /** A page of rows and how many rows the filter lets through in all. */
    public record Page(int total, List<Row> rows) {
    }

    /** The rows the filter lets through, newest first, {@code limit} of them after skipping {@code offset}. */
    public List<Row> page(Filter filter, int offset, int limit) {
        return pageWithTotal(filter, offset, limit).rows();
    }

    /**
     * A page and the total. The page is chosen on the narrow rows, newest first (an index on the date lets the database
     * stop after the page), and only its rows fetch their fields; the total is counted apart (a count over a window of
     * every row the filter lets through made the database keep them all).
     */
    public Page pageWithTotal(Filter filter, int offset, int limit) {
        return database.read(handle -> {
            Query query = handle.createQuery("SELECT " + COLUMNS + " FROM (SELECT id, changed_at, os_user, admin_name, "
                    + "item_kind, item_id, item_name, action, secret_changed FROM change_history"
                    + where(filter) + " ORDER BY changed_at DESC, id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY) h "
                    + "JOIN change_history_fields f ON f.change_id = h.id ORDER BY h.changed_at DESC, h.id DESC");
            bind(query, filter);
            List<Row> rows = query.bind("offset", offset).bind("limit", limit).map((result, context) -> row(result)).list();
            return new Page(rows.size() < limit && offset == 0 ? rows.size() : count(filter), rows);
        });
    }

    /** How many rows the filter lets through. */
    public int count(Filter filter) {
        return database.read(handle -> {
            Query query = handle.createQuery("SELECT COUNT(*) FROM change_history" + where(filter));
            bind(query, filter);
            return query.mapTo(Integer.class).one();
        });
    }

    /** The newest row of the item, if it has any. */
    public Optional<Row> latest(String itemKind, long itemId) {
        List<Row> rows = page(new Filter(itemKind, itemId, null, null, null, null), 0, 1);
        return rows.stream().findFirst();
    }

    /** One row by its id. */
    public Optional<Row> find(long id) {
        return database.read(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM change_history h "
                        + "JOIN change_history_fields f ON f.change_id = h.id WHERE h.id = :id")
                .bind("id", id).map((rows, context) -> row(rows)).findFirst());
    }

    private static Row row(ResultSet rows) throws SQLException {
        return new Row(rows.getLong("id"), rows.getObject("changed_at", OffsetDateTime.class).toInstant(), rows.getString("os_user"),
                rows.getString("admin_name"), rows.getString("item_kind"), rows.getLong("item_id"), rows.getString("item_name"),
                rows.getString("action"), rows.getString("fields_before"), rows.getString("fields_after"), rows.getBoolean("secret_changed"));
    }

    /** The OS users that have changed something, in order. */
    public List<String> osUsers() {
        return database.read(handle -> handle.createQuery("SELECT DISTINCT os_user FROM change_history ORDER BY os_user")
                .mapTo(String.class).list());
    }

    /** The display name the OS user chose, if any. */
    public Optional<String> displayName(String osUser) {
        return database.read(handle -> handle.createQuery("SELECT display_name FROM workspace_admin WHERE os_user = :user")
                .bind("user", osUser).mapTo(String.class).findFirst());
    }

    /** Sets (or, when blank, forgets) the OS user's display name. */
    public void setDisplayName(String osUser, String displayName) {
        database.write(handle -> {
            handle.createUpdate("DELETE FROM workspace_admin WHERE os_user = :user").bind("user", osUser).execute();
            return displayName == null || displayName.isBlank() ? 0
                    : handle.createUpdate("INSERT INTO workspace_admin (os_user, display_name) VALUES (:user, :name)")
                            .bind("user", osUser).bind("name", displayName).execute();
        });
    }

    private static String where(Filter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.itemKind() != null) {
            parts.add("item_kind = :itemKind");
        }
        if (filter.itemId() != null) {
            parts.add("item_id = :itemId");
        }
        if (filter.itemName() != null) {
            parts.add("item_key LIKE :itemName");
        }
        if (filter.osUser() != null) {
            parts.add("os_user = :osUser");
        }
        if (filter.from() != null) {
            parts.add("changed_at >= :from");
        }
        if (filter.until() != null) {
            parts.add("changed_at < :until");
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static void bind(Query query, Filter filter) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("itemKind", filter.itemKind());
        values.put("itemId", filter.itemId());
        values.put("itemName", filter.itemName() == null ? null : "%" + likeEscaped(filter.itemName().toLowerCase(Locale.ROOT)) + "%");
        values.put("osUser", filter.osUser());
        values.put("from", filter.from() == null ? null : OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        values.put("until", filter.until() == null ? null : OffsetDateTime.ofInstant(filter.until(), ZoneOffset.UTC));
        values.forEach((name, value) -> {
            if (value != null) {
                query.bind(name, value);
            }
        });
    }

    /** A typed % or _ is meant literally: the default LIKE escape is the backslash on H2 and PostgreSQL. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
