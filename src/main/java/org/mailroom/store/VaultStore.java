package org.mailroom.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
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
        return database.read(handle -> handle.createQuery("SELECT key_source, kdf_salt, kdf_iterations, wrapped_key, "
                        + "keyring_account, key_check FROM vault_key")
                .map((rows, context) -> new VaultKeyRecord(VaultKeyRecord.KeySource.valueOf(rows.getString(1)), rows.getBytes(2),
                        rows.getInt(3), rows.getBytes(4), rows.getString(5), rows.getBytes(6)))
                .findFirst());
    }

    /** Sets the vault up; any secret sealed under an earlier key is deleted with it, in one transaction. */
    public void replaceKeyRecord(VaultKeyRecord record) {
        database.write(handle -> {
            deleteEverything(handle);
            return handle.createUpdate("INSERT INTO vault_key (key_source, kdf_salt, kdf_iterations, wrapped_key, keyring_account, "
                            + "key_check) VALUES (:source, :salt, :iterations, :wrappedKey, :keyringAccount, :keyCheck)")
                    .bindMethods(record) // the record's accessors by name; the source enum as its name
                    .execute();
        });
    }

    /**
     * The same vault key kept another way (moved between the OS credential store and a master passphrase):
     * every column of the key record changes, the saved secrets stay.
     */
    public void rewrap(VaultKeyRecord record) {
        database.write(handle -> handle.createUpdate("UPDATE vault_key SET key_source = :source, kdf_salt = :salt, "
                        + "kdf_iterations = :iterations, wrapped_key = :wrappedKey, keyring_account = :keyringAccount, "
                        + "key_check = :keyCheck")
                .bindMethods(record)
                .execute());
    }

    /** Forgets the key and deletes every saved secret; everything else in the workspace stays. */
    public void reset() {
        database.write(VaultStore::deleteEverything);
    }

    /** Deletes every saved secret and keeps the key (the "Never save passwords" switch). */
    public void deleteAllSecrets() {
        database.write(handle -> handle.execute("DELETE FROM saved_secret"));
    }

    public Optional<byte[]> sealed(SecretRef ref) {
        return database.read(handle -> handle.createQuery("SELECT sealed FROM saved_secret WHERE " + ownerColumn(ref.kind()) + " = :owner")
                .bind("owner", ref.ownerId())
                .map((rows, context) -> rows.getBytes(1))
                .findFirst());
    }

    public List<SecretRef> savedRefs() {
        return database.read(handle -> handle.createQuery("SELECT mailbox_id, registration_id FROM saved_secret ORDER BY id")
                .map((rows, context) -> {
                    long mailbox = rows.getLong(1);
                    return rows.wasNull() ? SecretRef.clientSecret(rows.getLong(2)) : SecretRef.mailboxPassword(mailbox);
                })
                .list());
    }

    /** Saves the sealed secret of its owner, replacing the one saved before; inside a transaction (the import's) it joins it. */
    public void saveSealed(SecretRef ref, byte[] sealed) {
        String column = ownerColumn(ref.kind());
        database.write(handle -> {
            int replaced = handle.createUpdate("UPDATE saved_secret SET sealed = :sealed WHERE " + column + " = :owner")
                    .bind("sealed", sealed)
                    .bind("owner", ref.ownerId())
                    .execute();
            return replaced > 0 ? replaced : handle.createUpdate("INSERT INTO saved_secret (" + column + ", sealed) VALUES (:owner, :sealed)")
                    .bind("owner", ref.ownerId())
                    .bind("sealed", sealed)
                    .execute();
        });
    }

    public void delete(SecretRef ref) {
        database.write(handle -> handle.createUpdate("DELETE FROM saved_secret WHERE " + ownerColumn(ref.kind()) + " = :owner")
                .bind("owner", ref.ownerId())
                .execute());
    }

    private static String ownerColumn(SecretKind kind) {
        return kind == SecretKind.MAILBOX_PASSWORD ? "mailbox_id" : "registration_id";
    }

    private static int deleteEverything(Handle handle) {
        return handle.execute("DELETE FROM saved_secret") + handle.execute("DELETE FROM vault_key");
    }
}
