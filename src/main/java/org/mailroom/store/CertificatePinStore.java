package org.mailroom.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.mailroom.domain.MailServer;

/** The one certificate the admin trusts for a mail server entry, by SHA-256 fingerprint. */
public final class CertificatePinStore {

    private final WorkspaceDatabase database;

    public CertificatePinStore(WorkspaceDatabase database) {
        this.database = database;
    }

    public Optional<String> pinOf(MailServer server) {
        return database.read(handle -> handle.attach(Pins.class).pinOf(server.id()));
    }

    /** Every pin, by mail server id. */
    public Map<Long, String> all() {
        return database.read(handle -> {
            Map<Long, String> pins = new HashMap<>();
            handle.createQuery("SELECT server_id, sha256 FROM server_certificate_pin")
                    .map((rows, context) -> Map.entry(rows.getLong(1), rows.getString(2)))
                    .forEach(pin -> pins.put(pin.getKey(), pin.getValue()));
            return pins;
        });
    }

    /** Trusts exactly this certificate for the entry, replacing any earlier one. */
    public void pin(MailServer server, String sha256) {
        database.write(handle -> {
            Pins pins = handle.attach(Pins.class);
            return pins.replace(server.id(), sha256) > 0 ? 1 : pins.add(server.id(), sha256);
        });
    }

    interface Pins {

        @SqlQuery("SELECT sha256 FROM server_certificate_pin WHERE server_id = :serverId")
        Optional<String> pinOf(@Bind("serverId") long serverId);

        @SqlUpdate("UPDATE server_certificate_pin SET sha256 = :sha256 WHERE server_id = :serverId")
        int replace(@Bind("serverId") long serverId, @Bind("sha256") String sha256);

        @SqlUpdate("INSERT INTO server_certificate_pin (server_id, sha256) VALUES (:serverId, :sha256)")
        int add(@Bind("serverId") long serverId, @Bind("sha256") String sha256);
    }
}
