package org.mailroom.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailroom.domain.Field;
import org.mailroom.domain.ItemVersion;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.RegistrationCheck;
import org.mailroom.oauth.RegistrationRules;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.text.Text;

/** Azure app registrations, which mailboxes sign in through them, and the OAuth wizard's saved progress. */
public final class OAuthStore {

    private static final String MANIFEST_PREFIX = "manifest-of-registration-";
    private static final String COLUMNS = "id, name, client_id, tenant, cloud, account_type, grant_type, protocols";

    private final WorkspaceDatabase database;
    private final SettingsStore settings;
    /** The version of each registration as this client last read or wrote it. */
    private final RowVersions versions = new RowVersions("oauth_registration");

    public OAuthStore(WorkspaceDatabase database) {
        this.database = database;
        this.settings = new SettingsStore(database);
    }

    public List<StoredRegistration> registrations() {
        return database.read(handle -> handle.createQuery("SELECT " + COLUMNS + ", " + RowVersions.COLUMNS
                        + " FROM oauth_registration ORDER BY name_key")
                .map((rows, context) -> {
                    StoredRegistration stored = read(rows);
                    versions.read(stored.id(), rows);
                    return stored;
                })
                .list());
    }

    /** The registration with this id, if it exists. */
    public Optional<StoredRegistration> find(long id) {
        return database.read(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM oauth_registration WHERE id = :id")
                .bind("id", id).map((rows, context) -> read(rows)).findOne());
    }

    /** The version of the registration as this client last read or wrote it (memory only: safe on any thread). */
    public ItemVersion versionSeen(long id) {
        return versions.seen(id);
    }

    /** Stores a registration over the version this client last read; see {@link #save(long, AzureAppRegistration, ItemVersion)}. */
    public StoredRegistration save(long id, AzureAppRegistration registration) {
        return save(id, registration, versionSeen(id));
    }

    /**
     * Stores a registration that breaks no rule (warnings, such as a national cloud, are fine); an existing one
     * ({@code id} not 0) only while it is still at {@code startedFrom}: another admin's newer change is refused in words.
     */
    public StoredRegistration save(long id, AzureAppRegistration registration, ItemVersion startedFrom) {
        AzureAppRegistration normalized = registration.normalized();
        RegistrationCheck check = RegistrationRules.check(normalized);
        RuleViolationException.throwIfAny(check.errors());
        return database.write((broken, cause) -> translate(normalized, broken), handle -> {
            var statement = handle.createUpdate(id == 0
                            ? "INSERT INTO oauth_registration (name, client_id, tenant, cloud, account_type, grant_type, protocols) "
                                    + "VALUES (:name, :clientId, :tenant, :cloud, :accountType, :grantType, :protocols)"
                            : "UPDATE oauth_registration SET name = :name, client_id = :clientId, tenant = :tenant, cloud = :cloud, "
                                    + "account_type = :accountType, grant_type = :grantType, protocols = :protocols WHERE id = :id")
                    .bind("name", normalized.name())
                    .bind("clientId", normalized.clientId())
                    .bind("tenant", normalized.tenant())
                    .bind("cloud", normalized.cloud().name())
                    .bind("accountType", normalized.accountType().name())
                    .bind("grantType", normalized.grant().name())
                    .bind("protocols", normalized.protocols().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            if (id != 0) {
                versions.claim(handle, id, startedFrom, normalized.name(), () -> find(id), r -> r.registration().name());
                statement.bind("id", id).execute();
                return new StoredRegistration(id, normalized);
            }
            long added = statement.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            versions.added(handle, added);
            return new StoredRegistration(added, normalized);
        });
    }

    /** Deletes the registration; its mailboxes go back to signing in with passwords. */
    public void delete(StoredRegistration registration) {
        versions.deleted(registration.id());
        database.write(handle -> handle.createUpdate("DELETE FROM oauth_registration WHERE id = :id")
                .bind("id", registration.id())
                .execute());
    }

    /** Which mailboxes sign in with OAuth, by mailbox id. */
    public Map<Long, OAuthLink> links() {
        return database.read(handle -> {
            Map<Long, OAuthLink> links = new HashMap<>();
            // from the registrations (a few) to their mailboxes by the link's index, not a look at every mailbox
            handle.createQuery("SELECT m.id, m.oauth_registration_id, m.oauth_test_mailbox FROM oauth_registration r "
                            + "JOIN mailbox m ON m.oauth_registration_id = r.id")
                    .map((rows, context) -> new OAuthLink(rows.getLong(1), rows.getLong(2), rows.getBoolean(3)))
                    .forEach(link -> links.put(link.mailboxId(), link));
            return links;
        });
    }

    /** Signs the mailbox in through the registration (null: back to its password). */
    public void link(Mailbox mailbox, StoredRegistration registration, boolean testMailbox) {
        database.write(handle -> handle.createUpdate("UPDATE mailbox SET oauth_registration_id = :registrationId, "
                        + "oauth_test_mailbox = :testMailbox WHERE id = :id")
                .bind("registrationId", registration == null ? null : registration.id())
                .bind("testMailbox", registration != null && testMailbox)
                .bind("id", mailbox.id())
                .execute());
    }

    /** The manifest the admin last checked for the registration, kept for the configuration check. */
    public void saveManifest(StoredRegistration registration, String manifest) {
        settings.put(MANIFEST_PREFIX + registration.id(), manifest);
    }

    /** Keeps {@code manifest} as the registration's checked one; null forgets the one it had. */
    public void replaceManifest(StoredRegistration registration, String manifest) {
        if (manifest == null) {
            settings.remove(MANIFEST_PREFIX + registration.id());
        } else {
            saveManifest(registration, manifest);
        }
    }

    /** Checked manifests by registration id (those of deleted registrations are left out). */
    public Map<Long, String> manifests() {
        return database.read(handle -> {
            Map<Long, String> found = new HashMap<>();
            for (StoredRegistration registration : registrations()) {
                settings.get(MANIFEST_PREFIX + registration.id()).ifPresent(text -> found.put(registration.id(), text));
            }
            return found;
        });
    }

    /** A workspace setting; {@link SettingsStore#get} under its old name. */
    public Optional<String> setting(String key) {
        return settings.get(key);
    }

    /** Saves a workspace setting; {@link SettingsStore#put} under its old name. */
    public void saveSetting(String key, String value) {
        settings.put(key, value);
    }

    private static RuntimeException translate(AzureAppRegistration normalized, SqlErrors.Broken broken) {
        if (broken == SqlErrors.Broken.UNIQUE) {
            return new RuleViolationException(Violation.of(Field.REGISTRATION_NAME,
                    "rule.duplicateInParent", normalized.name()));
        }
        return null;
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
