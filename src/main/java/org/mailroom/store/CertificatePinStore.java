package org.mailroom.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mailroom.domain.MailServer;

/** The one certificate the admin trusts for a mail server entry, by SHA-256 fingerprint. */
public final class CertificatePinStore {

    private final WorkspaceDatabase database;

    public CertificatePinStore(WorkspaceDatabase database) {
        this.database = database;
    }

    public Optional<String> pinOf(MailServer server) {
        synchronized (database) {
            try (PreparedStatement query = database.connection().prepareStatement(
                    "SELECT sha256 FROM server_certificate_pin WHERE server_id = ?")) {
                query.setLong(1, server.id());
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw SqlErrors.readFailed(e);
            }
        }
    }

    /** Every pin, by mail server id. */
    public Map<Long, String> all() {
        synchronized (database) {
            try (Statement statement = database.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT server_id, sha256 FROM server_certificate_pin")) {
                Map<Long, String> pins = new HashMap<>();
                while (rows.next()) {
                    pins.put(rows.getLong(1), rows.getString(2));
                }
                return pins;
            } catch (SQLException e) {
                throw SqlErrors.readFailed(e);
            }
        }
    }

    /** Trusts exactly this certificate for the entry, replacing any earlier one. */
    public void pin(MailServer server, String sha256) {
        synchronized (database) {
            try (PreparedStatement merge = database.connection().prepareStatement(
                    "MERGE INTO server_certificate_pin (server_id, sha256) KEY (server_id) VALUES (?, ?)")) {
                merge.setLong(1, server.id());
                merge.setString(2, sha256);
                merge.executeUpdate();
            } catch (SQLException e) {
                throw SqlErrors.writeFailed(e);
            }
        }
    }
}
