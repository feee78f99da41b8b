package org.mailroom.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mailroom.domain.ItemVersion;
import org.mailroom.domain.MailServer;

/** The one certificate the admin trusts for a mail server entry, by SHA-256 fingerprint. */
public final class CertificatePinStore {

    private final WorkspaceDatabase database;
    /** The version of each entry's pin as this client last read it ({@link ItemVersion#NONE}: it read none). */
    private final RowVersions versions = new RowVersions("server_certificate_pin", "server_id");

    public CertificatePinStore(WorkspaceDatabase database) {
        this.database = database;
    }

    public Optional<String> pinOf(MailServer server) {
        return database.read(handle -> {
            Optional<String> pin = handle.createQuery("SELECT sha256, " + RowVersions.COLUMNS + " FROM server_certificate_pin "
                            + "WHERE server_id = :serverId")
                    .bind("serverId", server.id())
                    .map((rows, context) -> {
                        versions.read(server.id(), rows);
                        return rows.getString("sha256");
                    })
                    .findOne();
            if (pin.isEmpty()) {
                versions.readNone(server.id());
            }
            return pin;
        });
    }

    /** Every pin, by mail server id. */
    public Map<Long, String> all() {
        return database.read(handle -> {
            Map<Long, String> pins = new HashMap<>();
            handle.createQuery("SELECT server_id, sha256, " + RowVersions.COLUMNS + " FROM server_certificate_pin")
                    .map((rows, context) -> {
                        versions.read(rows.getLong(1), rows);
                        return Map.entry(rows.getLong(1), rows.getString(2));
                    })
                    .forEach(pin -> pins.put(pin.getKey(), pin.getValue()));
            return pins;
        });
    }

    /** The version of the entry's pin as this client last read it: what a decision to trust a certificate starts from. */
    public ItemVersion versionSeen(MailServer server) {
        return versions.seen(server.id());
    }

    /** Trusts exactly this certificate for the entry, replacing the pin this client last read. */
    public void pin(MailServer server, String sha256) {
        pin(server, sha256, versionSeen(server));
    }

    /**
     * Trusts exactly this certificate for the entry, replacing the pin the decision started from: when another admin
     * pinned a certificate for the entry since, nothing is written and the refusal says who and when.
     */
    public void pin(MailServer server, String sha256, ItemVersion startedFrom) {
        database.write(handle -> {
            if (versions.claim(handle, server.id(), startedFrom, server.address(), () -> pinOf(server), pin -> server.address())) {
                return handle.createUpdate("UPDATE server_certificate_pin SET sha256 = :sha256 WHERE server_id = :serverId")
                        .bind("serverId", server.id()).bind("sha256", sha256).execute();
            }
            int added = handle.createUpdate("INSERT INTO server_certificate_pin (server_id, sha256) VALUES (:serverId, :sha256)")
                    .bind("serverId", server.id()).bind("sha256", sha256).execute();
            versions.added(handle, server.id());
            return added;
        });
    }
}
