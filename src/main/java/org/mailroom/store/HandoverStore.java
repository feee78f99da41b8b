package org.mailroom.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Handovers: when the configuration was handed over, by whom and how, with every item as it was then. */
public final class HandoverStore {

    /** A handover; {@code reason} is how it happened (options file, migration request, marked). */
    public record Handover(long id, Instant at, String osUser, String adminName, String reason) {
    }

    /** One item as it was handed over; {@code fields} is a JSON object. */
    public record Item(String itemKind, long itemId, String itemName, String fields) {
    }

    private final WorkspaceDatabase database;

    public HandoverStore(WorkspaceDatabase database) {
        this.database = database;
    }

    /** Stores the handover with its items, in one transaction (the caller's, if one is open). */
    public Handover add(Handover handover, List<Item> items) {
        return database.write(handle -> {
            long id = handle.createUpdate("INSERT INTO handover (handed_over_at, os_user, admin_name, reason) "
                            + "VALUES (:at, :osUser, :adminName, :reason)")
                    .bind("at", OffsetDateTime.ofInstant(handover.at(), ZoneOffset.UTC))
                    .bind("osUser", handover.osUser()).bind("adminName", handover.adminName()).bind("reason", handover.reason())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            var batch = handle.prepareBatch("INSERT INTO handover_item (handover_id, item_kind, item_id, item_name, fields) "
                    + "VALUES (:handoverId, :itemKind, :itemId, :itemName, :fields)");
            for (Item item : items) {
                batch.bindMethods(item).bind("handoverId", id).add();
            }
            if (!items.isEmpty()) {
                batch.execute();
            }
            return new Handover(id, handover.at(), handover.osUser(), handover.adminName(), handover.reason());
        });
    }

    /** The newest handover, if there was one. */
    public Optional<Handover> latest() {
        return database.read(handle -> handle.createQuery("SELECT id, handed_over_at, os_user, admin_name, reason FROM handover "
                        + "ORDER BY handed_over_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                .map((rows, context) -> new Handover(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                        rows.getString(3), rows.getString(4), rows.getString(5)))
                .findFirst());
    }

    /** The items of a handover. */
    public List<Item> items(long handoverId) {
        return database.read(handle -> handle.createQuery("SELECT item_kind, item_id, item_name, fields FROM handover_item "
                        + "WHERE handover_id = :id")
                .bind("id", handoverId)
                .map((rows, context) -> new Item(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4)))
                .list());
    }
}
