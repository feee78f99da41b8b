package org.mailroom.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.h2.api.ErrorCode;
import org.mailroom.domain.Field;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.RegistrationCheck;
import org.mailroom.oauth.RegistrationRules;
import org.mailroom.oauth.StoredRegistration;

/** Azure app registrations, which mailboxes sign in through them, and the OAuth wizard's saved progress. */
public final class OAuthStore {

    private static final String MANIFEST_PREFIX = "manifest-of-registration-";
    private static final String COLUMNS = "id, name, client_id, tenant, cloud, account_type, grant_type, protocols";

    private final WorkspaceDatabase database;

    public OAuthStore(WorkspaceDatabase database) {
        this.database = database;
    }

    public List<StoredRegistration> registrations() {
        synchronized (database) {
            try (Statement statement = database.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT " + COLUMNS + " FROM oauth_registration ORDER BY name_key")) {
                List<StoredRegistration> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(read(rows));
                }
                return found;
            } catch (SQLException e) {
                throw SqlErrors.readFailed(e);
            }
        }
    }

    /** Stores a registration that breaks no rule (warnings, such as a national cloud, are fine). */
    public StoredRegistration save(long id, AzureAppRegistration registration) {
        AzureAppRegistration normalized = registration.normalized();
        RegistrationCheck check = RegistrationRules.check(normalized);
        RuleViolationException.throwIfAny(check.errors());
        synchronized (database) {
            String sql = id == 0
                    ? "INSERT INTO oauth_registration (name, client_id, tenant, cloud, account_type, grant_type, protocols) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    : "UPDATE oauth_registration SET name = ?, client_id = ?, tenant = ?, cloud = ?, account_type = ?, grant_type = ?, protocols = ? WHERE id = ?";
            try (PreparedStatement statement = database.connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                statement.setString(1, normalized.name());
                statement.setString(2, normalized.clientId());
                statement.setString(3, normalized.tenant());
                statement.setString(4, normalized.cloud().name());
                statement.setString(5, normalized.accountType().name());
                statement.setString(6, normalized.grant().name());
                statement.setString(7, normalized.protocols().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
                if (id != 0) {
                    statement.setLong(8, id);
                }
                statement.executeUpdate();
                return new StoredRegistration(id == 0 ? SqlErrors.generatedId(statement) : id, normalized);
            } catch (SQLException e) {
                if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
                    throw new RuleViolationException(Violation.of(Field.REGISTRATION_NAME,
                            "rule.duplicateInParent", normalized.name()));
                }
                throw SqlErrors.writeFailed(e);
            }
        }
    }

    /** Deletes the registration; its mailboxes go back to signing in with passwords. */
    public void delete(StoredRegistration registration) {
        update("DELETE FROM oauth_registration WHERE id = ?", statement -> statement.setLong(1, registration.id()));
    }

    /** Which mailboxes sign in with OAuth, by mailbox id. */
    public Map<Long, OAuthLink> links() {
        synchronized (database) {
            try (Statement statement = database.connection().createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT id, oauth_registration_id, oauth_test_mailbox FROM mailbox WHERE oauth_registration_id IS NOT NULL")) {
                Map<Long, OAuthLink> links = new HashMap<>();
                while (rows.next()) {
                    links.put(rows.getLong(1), new OAuthLink(rows.getLong(1), rows.getLong(2), rows.getBoolean(3)));
                }
                return links;
            } catch (SQLException e) {
                throw SqlErrors.readFailed(e);
            }
        }
    }

    /** Signs the mailbox in through the registration (null: back to its password). */
    public void link(Mailbox mailbox, StoredRegistration registration, boolean testMailbox) {
        update("UPDATE mailbox SET oauth_registration_id = ?, oauth_test_mailbox = ? WHERE id = ?", statement -> {
            if (registration == null) {
                statement.setNull(1, Types.BIGINT);
            } else {
                statement.setLong(1, registration.id());
            }
            statement.setBoolean(2, registration != null && testMailbox);
            statement.setLong(3, mailbox.id());
        });
    }

    /** The manifest the admin last checked for the registration, kept for the configuration check. */
    public void saveManifest(StoredRegistration registration, String manifest) {
        saveSetting(MANIFEST_PREFIX + registration.id(), manifest);
    }

    /** Checked manifests by registration id (those of deleted registrations are left out). */
    public Map<Long, String> manifests() {
        Map<Long, String> found = new HashMap<>();
        for (StoredRegistration registration : registrations()) {
            setting(MANIFEST_PREFIX + registration.id()).ifPresent(text -> found.put(registration.id(), text));
        }
        return found;
    }

    public Optional<String> setting(String key) {
        synchronized (database) {
            try (PreparedStatement query = database.connection().prepareStatement(
                    "SELECT setting_value FROM workspace_setting WHERE setting_key = ?")) {
                query.setString(1, key);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw SqlErrors.readFailed(e);
            }
        }
    }

    public void saveSetting(String key, String value) {
        update("MERGE INTO workspace_setting (setting_key, setting_value) KEY (setting_key) VALUES (?, ?)", statement -> {
            statement.setString(1, key);
            statement.setString(2, value);
        });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        synchronized (database) {
            try (PreparedStatement statement = database.connection().prepareStatement(sql)) {
                binder.bind(statement);
                statement.executeUpdate();
            } catch (SQLException e) {
                throw SqlErrors.writeFailed(e);
            }
        }
    }

    private static StoredRegistration read(ResultSet rows) throws SQLException {
        Set<OAuthProtocol> protocols = EnumSet.noneOf(OAuthProtocol.class);
        Arrays.stream(rows.getString("protocols").split(",")).filter(p -> !p.isBlank())
                .forEach(p -> protocols.add(OAuthProtocol.valueOf(p)));
        return new StoredRegistration(rows.getLong("id"), new AzureAppRegistration(rows.getString("name"),
                rows.getString("client_id"), rows.getString("tenant"), Cloud.valueOf(rows.getString("cloud")),
                AccountType.valueOf(rows.getString("account_type")), GrantType.valueOf(rows.getString("grant_type")), protocols));
    }
}
