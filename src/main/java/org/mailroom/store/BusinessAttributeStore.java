package org.mailroom.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mailroom.domain.Field;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.ItemVersion;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.text.Text;

/** Business Attribute folders, attributes and the values used as agents' From addresses. */
public final class BusinessAttributeStore {

    private final WorkspaceDatabase database;
    /** The version of each value (From address) as this client last read or wrote it. */
    private final RowVersions versions = new RowVersions("attribute_value");

    public BusinessAttributeStore(WorkspaceDatabase database) {
        this.database = database;
    }

    public List<AttributeFolder> folders() {
        return database.read(handle -> handle.createQuery("SELECT id, name FROM attribute_folder ORDER BY name_key")
                .map((rows, context) -> new AttributeFolder(rows.getLong(1), rows.getString(2)))
                .list());
    }

    public AttributeFolder addFolder(AttributeFolder draft) {
        long id = database.write(onDuplicate(duplicate(Field.FOLDER_NAME, draft.name())), handle ->
                handle.createUpdate("INSERT INTO attribute_folder (name) VALUES (:name)")
                        .bind("name", draft.name())
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new AttributeFolder(id, draft.name());
    }

    /** Deletes an empty folder; one that holds attributes is refused with their names. */
    public void deleteFolder(AttributeFolder folder) {
        database.write(handle -> {
            List<String> held = attributes(folder).stream().map(BusinessAttribute::name).toList();
            if (!held.isEmpty()) {
                throw new RuleViolationException(Violation.about(folder.name(), Field.FOLDER_NAME, "rule.folderInUse", String.join(", ", held)));
            }
            return handle.createUpdate("DELETE FROM attribute_folder WHERE id = :id").bind("id", folder.id()).execute();
        });
    }

    public List<BusinessAttribute> attributes(AttributeFolder folder) {
        return database.read(handle -> handle.createQuery("SELECT id, folder_id, name FROM business_attribute WHERE folder_id = :folderId ORDER BY name_key")
                .bind("folderId", folder.id())
                .map((rows, context) -> new BusinessAttribute(rows.getLong(1), rows.getLong(2), rows.getString(3)))
                .list());
    }

    public BusinessAttribute addAttribute(BusinessAttribute draft) {
        long id = database.write(onDuplicate(duplicate(Field.ATTRIBUTE_NAME, draft.name())), handle ->
                handle.createUpdate("INSERT INTO business_attribute (folder_id, name) VALUES (:folderId, :name)")
                        .bind("folderId", draft.folderId())
                        .bind("name", draft.name())
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new BusinessAttribute(id, draft.folderId(), draft.name());
    }

    /**
     * Deletes the attribute and its values, unless the outbound mailbox sends from one of them; if
     * agents' From addresses came from it, they come from the E-mail Server's mailboxes again.
     */
    public void deleteAttribute(BusinessAttribute attribute) {
        database.write(handle -> {
            outboundAddressAmong(handle, "v.attribute_id = :id", attribute.id()).ifPresent(address -> {
                throw new RuleViolationException(Violation.about(attribute.name(), Field.ATTRIBUTE_NAME, "rule.attributeInUse", address));
            });
            return handle.createUpdate("DELETE FROM business_attribute WHERE id = :id").bind("id", attribute.id()).execute();
        });
    }

    /** The outbound mailbox's From Address, when it is one of the values the condition selects. */
    private static Optional<String> outboundAddressAmong(Handle handle, String condition, long id) {
        return handle.createQuery("SELECT m.from_address FROM mailbox m JOIN attribute_value v ON LOWER(m.from_address) = v.name_key "
                        + "WHERE m.direction = 'OUTBOUND' AND " + condition)
                .bind("id", id)
                .mapTo(String.class)
                .findFirst();
    }

    public List<FromAddress> values(BusinessAttribute attribute) {
        return database.read(handle -> handle.createQuery("SELECT id, attribute_id, name, display_name, " + RowVersions.COLUMNS
                        + " FROM attribute_value WHERE attribute_id = :attributeId ORDER BY name_key")
                .bind("attributeId", attribute.id())
                .map((rows, context) -> {
                    versions.read(rows.getLong(1), rows);
                    return new FromAddress(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4));
                })
                .list());
    }

    /** The value with this id, if it exists. */
    public Optional<FromAddress> findValue(long id) {
        return database.read(handle -> handle.createQuery("SELECT id, attribute_id, name, display_name FROM attribute_value WHERE id = :id")
                .bind("id", id)
                .map((rows, context) -> new FromAddress(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4)))
                .findOne());
    }

    /** The version of the value as this client last read or wrote it (memory only: safe on any thread). */
    public ItemVersion versionSeen(FromAddress value) {
        return versions.seen(value.id());
    }

    public FromAddress addValue(FromAddress draft) {
        long id = database.write(onDuplicate(duplicate(Field.VALUE_NAME, draft.address())), handle -> {
            long added = handle.createUpdate("INSERT INTO attribute_value (attribute_id, name, display_name) VALUES (:attributeId, :name, :displayName)")
                    .bind("attributeId", draft.attributeId())
                    .bind("name", draft.address())
                    .bind("displayName", draft.displayName())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            versions.added(handle, added);
            return added;
        });
        return new FromAddress(id, draft.attributeId(), draft.address(), draft.displayName());
    }

    /** Saves a new display name over the version this client last read. */
    public FromAddress updateDisplayName(FromAddress value) {
        return updateDisplayName(value, versionSeen(value));
    }

    /**
     * Saves a new display name, only while the stored value is still at {@code startedFrom} (another admin's newer
     * change is refused in words); the Name (the address) of a saved value never changes.
     */
    public FromAddress updateDisplayName(FromAddress value, ItemVersion startedFrom) {
        int changed = database.write(handle -> {
            versions.claim(handle, value.id(), startedFrom, value.address(), () -> findValue(value.id()), FromAddress::address);
            return handle.createUpdate("UPDATE attribute_value SET display_name = :displayName WHERE id = :id AND name = :name")
                    .bind("displayName", value.displayName())
                    .bind("id", value.id())
                    .bind("name", value.address())
                    .execute();
        });
        if (changed == 0) {
            throw new RuleViolationException(Violation.of(Field.VALUE_NAME, "rule.valueRenamed"));
        }
        return value;
    }

    /** Deletes a value, unless the outbound mailbox sends from it. */
    public void deleteValue(FromAddress value) {
        database.write(handle -> {
            outboundAddressAmong(handle, "v.id = :id", value.id()).ifPresent(address -> {
                throw new RuleViolationException(Violation.about(value.address(), Field.VALUE_NAME, "rule.valueInUse"));
            });
            return handle.createUpdate("DELETE FROM attribute_value WHERE id = :id").bind("id", value.id()).execute();
        });
    }

    /** The attribute Agent Workspace's {@code email.from-addresses} names, if one is chosen. */
    public Optional<BusinessAttribute> fromAttribute() {
        return database.read(handle -> handle.createQuery("SELECT a.id, a.folder_id, a.name FROM from_address_setting s "
                        + "JOIN business_attribute a ON a.id = s.attribute_id")
                .map((rows, context) -> new BusinessAttribute(rows.getLong(1), rows.getLong(2), rows.getString(3)))
                .findFirst());
    }

    /** Chooses the attribute agents' From addresses come from; null goes back to $EMAILSERVER$. */
    public void chooseFromAttribute(BusinessAttribute attribute) {
        database.write(handle -> handle.createUpdate("UPDATE from_address_setting SET attribute_id = :attributeId")
                .bind("attributeId", attribute == null ? null : attribute.id())
                .execute());
    }

    /** The values of the chosen attribute: what the outbound mailbox's From Address drop-down lists. */
    public List<FromAddress> fromAddresses() {
        return database.read(handle -> fromAttribute().map(this::values).orElse(List.of()));
    }

    private static SqlErrors.Conflicts onDuplicate(Violation violation) {
        return (broken, cause) -> broken == SqlErrors.Broken.UNIQUE ? new RuleViolationException(violation) : null;
    }

    private static Violation duplicate(Field field, String name) {
        return Violation.of(field, "rule.duplicateInParent", name);
    }
}
