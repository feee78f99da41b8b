package org.mailroom.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.Field;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;

/** Business Attribute folders, attributes and the values used as agents' From addresses. */
public final class BusinessAttributeStore {

    private final WorkspaceDatabase database;
    private final Sql sql;

    public BusinessAttributeStore(WorkspaceDatabase database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    public List<AttributeFolder> folders() {
        return sql.query("SELECT id, name FROM attribute_folder ORDER BY name_key", statement -> { },
                rows -> new AttributeFolder(rows.getLong(1), rows.getString(2)));
    }

    public AttributeFolder addFolder(AttributeFolder draft) {
        long id = sql.insert("INSERT INTO attribute_folder (name) VALUES (?)", s -> s.setString(1, draft.name()),
                duplicate(Field.FOLDER_NAME, draft.name()));
        return new AttributeFolder(id, draft.name());
    }

    /** Deletes an empty folder; one that holds attributes is refused with their names. */
    public void deleteFolder(AttributeFolder folder) {
        synchronized (database) {
            List<String> held = attributes(folder).stream().map(BusinessAttribute::name).toList();
            if (!held.isEmpty()) {
                throw new RuleViolationException(Violation.about(folder.name(), Field.FOLDER_NAME, "rule.folderInUse", String.join(", ", held)));
            }
            sql.update("DELETE FROM attribute_folder WHERE id = ?", s -> s.setLong(1, folder.id()));
        }
    }

    public List<BusinessAttribute> attributes(AttributeFolder folder) {
        return sql.query("SELECT id, folder_id, name FROM business_attribute WHERE folder_id = ? ORDER BY name_key",
                s -> s.setLong(1, folder.id()), rows -> new BusinessAttribute(rows.getLong(1), rows.getLong(2), rows.getString(3)));
    }

    public BusinessAttribute addAttribute(BusinessAttribute draft) {
        long id = sql.insert("INSERT INTO business_attribute (folder_id, name) VALUES (?, ?)", s -> {
            s.setLong(1, draft.folderId());
            s.setString(2, draft.name());
        }, duplicate(Field.ATTRIBUTE_NAME, draft.name()));
        return new BusinessAttribute(id, draft.folderId(), draft.name());
    }

    /**
     * Deletes the attribute and its values, unless the outbound mailbox sends from one of them; if
     * agents' From addresses came from it, they come from the E-mail Server's mailboxes again.
     */
    public void deleteAttribute(BusinessAttribute attribute) {
        synchronized (database) {
            outboundAddressAmong("v.attribute_id = ?", attribute.id()).ifPresent(address -> {
                throw new RuleViolationException(Violation.about(attribute.name(), Field.ATTRIBUTE_NAME, "rule.attributeInUse", address));
            });
            sql.update("DELETE FROM business_attribute WHERE id = ?", s -> s.setLong(1, attribute.id()));
        }
    }

    /** The outbound mailbox's From Address, when it is one of the values the condition selects. */
    private Optional<String> outboundAddressAmong(String condition, long id) {
        return sql.query("SELECT m.from_address FROM mailbox m JOIN attribute_value v ON LOWER(m.from_address) = v.name_key "
                + "WHERE m.direction = 'OUTBOUND' AND " + condition, s -> s.setLong(1, id), rows -> rows.getString(1))
                .stream().findFirst();
    }

    public List<FromAddress> values(BusinessAttribute attribute) {
        return sql.query("SELECT id, attribute_id, name, display_name FROM attribute_value WHERE attribute_id = ? ORDER BY name_key",
                s -> s.setLong(1, attribute.id()),
                rows -> new FromAddress(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4)));
    }

    public FromAddress addValue(FromAddress draft) {
        long id = sql.insert("INSERT INTO attribute_value (attribute_id, name, display_name) VALUES (?, ?, ?)", s -> {
            s.setLong(1, draft.attributeId());
            s.setString(2, draft.address());
            s.setString(3, draft.displayName());
        }, duplicate(Field.VALUE_NAME, draft.address()));
        return new FromAddress(id, draft.attributeId(), draft.address(), draft.displayName());
    }

    /** Saves a new display name; the Name (the address) of a saved value never changes. */
    public FromAddress updateDisplayName(FromAddress value) {
        int changed = sql.update("UPDATE attribute_value SET display_name = ? WHERE id = ? AND name = ?", s -> {
            s.setString(1, value.displayName());
            s.setLong(2, value.id());
            s.setString(3, value.address());
        });
        if (changed == 0) {
            throw new RuleViolationException(Violation.of(Field.VALUE_NAME, "rule.valueRenamed"));
        }
        return value;
    }

    /** Deletes a value, unless the outbound mailbox sends from it. */
    public void deleteValue(FromAddress value) {
        synchronized (database) {
            outboundAddressAmong("v.id = ?", value.id()).ifPresent(address -> {
                throw new RuleViolationException(Violation.about(value.address(), Field.VALUE_NAME, "rule.valueInUse"));
            });
            sql.update("DELETE FROM attribute_value WHERE id = ?", s -> s.setLong(1, value.id()));
        }
    }

    /** The attribute Agent Workspace's {@code email.from-addresses} names, if one is chosen. */
    public Optional<BusinessAttribute> fromAttribute() {
        return sql.query("SELECT a.id, a.folder_id, a.name FROM from_address_setting s JOIN business_attribute a ON a.id = s.attribute_id",
                s -> { }, rows -> new BusinessAttribute(rows.getLong(1), rows.getLong(2), rows.getString(3)))
                .stream().findFirst();
    }

    /** Chooses the attribute agents' From addresses come from; null goes back to $EMAILSERVER$. */
    public void chooseFromAttribute(BusinessAttribute attribute) {
        sql.update("UPDATE from_address_setting SET attribute_id = ?", s -> {
            if (attribute == null) {
                s.setNull(1, Types.BIGINT);
            } else {
                s.setLong(1, attribute.id());
            }
        });
    }

    /** The values of the chosen attribute: what the outbound mailbox's From Address drop-down lists. */
    public List<FromAddress> fromAddresses() {
        synchronized (database) {
            return fromAttribute().map(this::values).orElse(List.of());
        }
    }

    private static Violation duplicate(Field field, String name) {
        return Violation.of(field, "rule.duplicateInParent", name);
    }

    /** The few JDBC shapes this store needs, each under the database's lock. */
    private static final class Sql {

        interface Binder {
            void bind(PreparedStatement statement) throws SQLException;
        }

        interface Reader<T> {
            T read(ResultSet rows) throws SQLException;
        }

        private final WorkspaceDatabase database;

        Sql(WorkspaceDatabase database) {
            this.database = database;
        }

        <T> List<T> query(String text, Binder binder, Reader<T> reader) {
            synchronized (database) {
                try (PreparedStatement statement = database.connection().prepareStatement(text)) {
                    binder.bind(statement);
                    try (ResultSet rows = statement.executeQuery()) {
                        List<T> found = new ArrayList<>();
                        while (rows.next()) {
                            found.add(reader.read(rows));
                        }
                        return found;
                    }
                } catch (SQLException e) {
                    throw SqlErrors.readFailed(e);
                }
            }
        }

        long insert(String text, Binder binder, Violation onDuplicate) {
            synchronized (database) {
                try (PreparedStatement statement = database.connection().prepareStatement(text, Statement.RETURN_GENERATED_KEYS)) {
                    binder.bind(statement);
                    statement.executeUpdate();
                    return SqlErrors.generatedId(statement);
                } catch (SQLException e) {
                    if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
                        throw new RuleViolationException(onDuplicate);
                    }
                    throw SqlErrors.writeFailed(e);
                }
            }
        }

        int update(String text, Binder binder) {
            synchronized (database) {
                try (PreparedStatement statement = database.connection().prepareStatement(text)) {
                    binder.bind(statement);
                    return statement.executeUpdate();
                } catch (SQLException e) {
                    throw SqlErrors.writeFailed(e);
                }
            }
        }
    }
}
