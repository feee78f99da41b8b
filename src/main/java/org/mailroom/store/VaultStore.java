package org.mailroom.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailroom.domain.SecretKind;
import org.mailroom.domain.SecretRef;

/**
 * The vault's rows: how its key is kept and the sealed secrets. This class only moves bytes; sealing
 * and opening them is {@code org.mailroom.secrets.Vault}'s job, so nothing here ever sees a clear secret.
 */
public final class VaultStore {

    private final WorkspaceDatabase database;

    public VaultStore(WorkspaceDatabase database) {
        this.database = database;
    }

    public Optional<VaultKeyRecord> keyRecord() {
        synchronized (database) {
            try (Statement statement = database.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT key_source, kdf_salt, kdf_iterations, wrapped_key, "
                         + "keyring_account, key_check FROM vault_key")) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new VaultKeyRecord(VaultKeyRecord.KeySource.valueOf(rows.getString(1)), rows.getBytes(2),
                        rows.getInt(3), rows.getBytes(4), rows.getString(5), rows.getBytes(6)));
            } catch (SQLException e) {
                throw SqlErrors.readFailed(e);
            }
        }
    }

    /** Sets the vault up; any secret sealed under an earlier key is deleted with it, in one transaction. */
    public void replaceKeyRecord(VaultKeyRecord record) {
        inTransaction(connection -> {
            deleteEverything(connection);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO vault_key (key_source, kdf_salt, "
                    + "kdf_iterations, wrapped_key, keyring_account, key_check) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, record.source().name());
                insert.setBytes(2, record.salt());
                insert.setInt(3, record.iterations());
                insert.setBytes(4, record.wrappedKey());
                insert.setString(5, record.keyringAccount());
                insert.setBytes(6, record.keyCheck());
                insert.executeUpdate();
            }
        });
    }

    /** The same vault key under a new passphrase: salt, iterations and wrapped key change, secrets stay. */
    public void rewrap(VaultKeyRecord record) {
        synchronized (database) {
            try (PreparedStatement update = database.connection().prepareStatement(
                    "UPDATE vault_key SET kdf_salt = ?, kdf_iterations = ?, wrapped_key = ?, key_check = ?")) {
                update.setBytes(1, record.salt());
                update.setInt(2, record.iterations());
                update.setBytes(3, record.wrappedKey());
                update.setBytes(4, record.keyCheck());
                update.executeUpdate();
            } catch (SQLException e) {
                throw SqlErrors.writeFailed(e);
            }
        }
    }

    /** Forgets the key and deletes every saved secret; everything else in the workspace stays. */
    public void reset() {
        inTransaction(VaultStore::deleteEverything);
    }

    /** Deletes every saved secret and keeps the key (the "Never save passwords" switch). */
    public void deleteAllSecrets() {
        inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM saved_secret");
            }
        });
    }

    public Optional<byte[]> sealed(SecretRef ref) {
        synchronized (database) {
            try (PreparedStatement query = database.connection().prepareStatement(
                    "SELECT sealed FROM saved_secret WHERE " + ownerColumn(ref.kind()) + " = ?")) {
                query.setLong(1, ref.ownerId());
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw SqlErrors.readFailed(e);
            }
        }
    }

    public List<SecretRef> savedRefs() {
        synchronized (database) {
            try (Statement statement = database.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT mailbox_id, registration_id FROM saved_secret ORDER BY id")) {
                List<SecretRef> refs = new ArrayList<>();
                while (rows.next()) {
                    long mailbox = rows.getLong(1);
                    refs.add(rows.wasNull() ? SecretRef.clientSecret(rows.getLong(2)) : SecretRef.mailboxPassword(mailbox));
                }
                return refs;
            } catch (SQLException e) {
                throw SqlErrors.readFailed(e);
            }
        }
    }

    public void saveSealed(SecretRef ref, byte[] sealed) {
        synchronized (database) {
            try {
                saveSealed(database.connection(), ref, sealed);
            } catch (SQLException e) {
                throw SqlErrors.writeFailed(e);
            }
        }
    }

    /** Also used by the import, inside its own transaction. */
    static void saveSealed(Connection connection, SecretRef ref, byte[] sealed) throws SQLException {
        String column = ownerColumn(ref.kind());
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO saved_secret (" + column + ", sealed) KEY (" + column + ") VALUES (?, ?)")) {
            merge.setLong(1, ref.ownerId());
            merge.setBytes(2, sealed);
            merge.executeUpdate();
        }
    }

    public void delete(SecretRef ref) {
        synchronized (database) {
            try (PreparedStatement delete = database.connection().prepareStatement(
                    "DELETE FROM saved_secret WHERE " + ownerColumn(ref.kind()) + " = ?")) {
                delete.setLong(1, ref.ownerId());
                delete.executeUpdate();
            } catch (SQLException e) {
                throw SqlErrors.writeFailed(e);
            }
        }
    }

    private static String ownerColumn(SecretKind kind) {
        return kind == SecretKind.MAILBOX_PASSWORD ? "mailbox_id" : "registration_id";
    }

    private static void deleteEverything(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM saved_secret");
            statement.executeUpdate("DELETE FROM vault_key");
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(Work work) {
        database.inTransaction(connection -> {
            work.run(connection);
            return null;
        });
    }
}
