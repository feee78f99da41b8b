package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxState;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.SecretRef;
import org.mailroom.mail.LastTest;
import org.mailroom.mail.StepStatus;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Vault;
import org.mailroom.testing.LegacyWorkspace;
import org.mailroom.testing.Workspaces;

/**
 * Workspaces written before the schema moved to Flyway open, keep every row and end up at the current
 * schema. {@code workspace-0.1.0.mv.db} was written by Mailroom 0.1.0's own stores (its runner's
 * {@code schema_version} table at 7).
 */
class WorkspaceUpgradeTest {

    private static final String PASSPHRASE = "legacy passphrase 0.1.0";

    @TempDir
    Path folder;

    @Test
    void aWorkspaceOfMailroom010OpensWithAllItsDataAndIsThenAtTheNewSchema() throws Exception {
        copyLegacyWorkspace();

        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder)) {
            assertHoldsTheLegacyData(database);
            assertThat(history(database)).containsExactly("7 BASELINE", "8 SQL", "9 SQL", "10 SQL", "11 SQL", "12 SQL", "13 SQL", "14 SQL");
            assertThat(legacyVersion(database)).isEqualTo(WorkspaceSchema.LATEST);
        }
        try (WorkspaceDatabase again = WorkspaceDatabase.open(folder)) {
            assertHoldsTheLegacyData(again);
            assertThat(history(again)).containsExactly("7 BASELINE", "8 SQL", "9 SQL", "10 SQL", "11 SQL", "12 SQL", "13 SQL", "14 SQL");
            // new rows get new ids: the identity columns carried over
            MailServerStore servers = new MailServerStore(again);
            Mailbox added = new MailboxStore(again, servers).add(InboundMailbox.draft("after.upgrade", 5, "after", Workspaces.imapPreset(servers)));
            assertThat(added.id()).isEqualTo(22);
        }
    }

    private static void assertHoldsTheLegacyData(WorkspaceDatabase database) {
        MailServerStore servers = new MailServerStore(database);
        MailboxStore mailboxes = new MailboxStore(database, servers);
        List<Mailbox> all = mailboxes.findAll();
        assertThat(all).hasSize(21);
        MailServer onPremises = new MailServer(20, "legacy.example.org", 143, Protocol.IMAP, ConnectionSecurity.STARTTLS);
        assertThat(servers.findAll()).hasSize(20).contains(onPremises);
        Mailbox legacy = all.stream().filter(m -> m.name().equals("Legacy.Box")).findFirst().orElseThrow();
        assertThat(legacy).isEqualTo(new InboundMailbox(21, "Legacy.Box", 15, "legacy@example.org", onPremises));
        assertThat(all).filteredOn(m -> m instanceof OutboundMailbox)
                .extracting(m -> ((OutboundMailbox) m).fromAddress()).containsExactly("support@contoso.com");

        var applications = new ApplicationStore(database).findAll();
        assertThat(applications.applicationOf(legacy)).map(a -> a.name()).contains("Legacy Support");
        assertThat(applications.stateOf(legacy)).isEqualTo(MailboxState.ENABLED);

        BusinessAttributeStore attributes = new BusinessAttributeStore(database);
        assertThat(attributes.folders()).containsExactly(new AttributeFolder(1, "Email"));
        assertThat(attributes.fromAttribute()).contains(new BusinessAttribute(1, 1, "FromAddresses"));
        assertThat(attributes.fromAddresses()).extracting(FromAddress::address, FromAddress::displayName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("billing@contoso.com", "Contoso Billing"),
                        org.assertj.core.groups.Tuple.tuple("support@contoso.com", "Contoso Support"));

        OAuthStore oauth = new OAuthStore(database);
        StoredRegistration contoso = new StoredRegistration(1, new AzureAppRegistration("Contoso mail",
                "1b2c3d4e-0000-4000-8000-00000000abcd", "contoso.onmicrosoft.com", Cloud.GLOBAL, AccountType.SINGLE_TENANT,
                GrantType.PASSWORD, Set.of(OAuthProtocol.IMAP)));
        assertThat(oauth.registrations()).containsExactly(contoso);
        assertThat(oauth.links()).isEqualTo(Map.of(21L, new OAuthLink(21, 1, true)));
        assertThat(oauth.manifests()).isEqualTo(Map.of(1L, "{\"appId\":\"1b2c3d4e-0000-4000-8000-00000000abcd\"}"));
        assertThat(new SettingsStore(database).get("oauth.wizard")).contains("{\"page\":2}");

        assertThat(new TestResultStore(database).all()).isEqualTo(Map.of(21L,
                new LastTest(21, Instant.parse("2025-05-01T10:15:30Z"), StepStatus.WARNING, "TLS 1.2 only")));
        assertThat(new CertificatePinStore(database).all()).isEqualTo(Map.of(20L, "AB:CD:EF:01"));

        assertThat(new VaultStore(database).savedRefs()).containsExactly(SecretRef.mailboxPassword(21), SecretRef.clientSecret(1));
        Vault vault = new Vault(database, OsKeyring.UNAVAILABLE);
        assertThat(vault.state()).isEqualTo(Vault.State.LOCKED);
        assertThat(vault.unlock(PASSPHRASE.toCharArray())).isEqualTo(Vault.UnlockResult.UNLOCKED);
        assertThat(vault.load(SecretRef.mailboxPassword(21))).map(String::new).contains("Legacy-S3cret!");
        assertThat(vault.load(SecretRef.clientSecret(1))).map(String::new).contains("client-secret-0.1.0");
    }

    @Test
    void aWorkspaceHalfWayThroughTheOldScriptsIsMigratedOnAndItsOldTableFollows() throws Exception {
        LegacyWorkspace.build(folder, 5);

        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder)) {
            assertThat(history(database)).containsExactly("5 BASELINE", "6 SQL", "7 SQL", "8 SQL", "9 SQL", "10 SQL", "11 SQL", "12 SQL", "13 SQL", "14 SQL");
            // Mailroom 0.1.0 would now see version 7 and open the file only if it knows all of it
            assertThat(legacyVersion(database)).isEqualTo(WorkspaceSchema.LATEST);
            MailServerStore servers = new MailServerStore(database);
            assertThat(new MailboxStore(database, servers).findAll()).extracting(Mailbox::name).containsExactly("legacy");
            new CertificatePinStore(database).pin(servers.findAll().get(0), "AA:BB");
        }
    }

    @Test
    void aWorkspaceWhoseOldTableIsFromANewerMailroomIsRefusedUntouched() throws Exception {
        LegacyWorkspace.build(folder, 7);
        try (var connection = DriverManager.getConnection(url(folder), "mailroom", "");
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_version (version) VALUES (8)");
        }

        assertThatThrownBy(() -> WorkspaceDatabase.open(folder)).isInstanceOf(StoreException.class)
                .hasMessage("The workspace is at schema version 8, written by a newer Mailroom. Update Mailroom to open it.");
        assertThat(tables(folder)).doesNotContain("flyway_schema_history");
    }

    @Test
    void anH2FileWithOtherTablesIsNotMailroomsAndIsLeftUntouched() throws Exception {
        try (var connection = DriverManager.getConnection(url(folder), "mailroom", "");
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INT PRIMARY KEY)");
        }

        assertThatThrownBy(() -> WorkspaceDatabase.open(folder)).isInstanceOf(StoreException.class)
                .hasMessage("The workspace file in " + folder + " was not created by Mailroom; it was left untouched.");
        assertThat(tables(folder)).containsExactly("invoices");
    }

    @Test
    void aWorkspaceWithAFailedMigrationIsRefusedWithoutFlywaysWords() {
        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder)) {
            // as if the last script had broken off half-way on an earlier start
            database.jdbi().useHandle(handle -> handle.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE "
                    + "WHERE \"version\" = '" + WorkspaceSchema.LATEST + "'"));
        }

        assertThatThrownBy(() -> WorkspaceDatabase.open(folder)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The workspace in " + folder + " could not be")
                .message().doesNotContain("workspace.sql", "B12", "Flyway", "Exception", "SQL")
                .doesNotContainPattern("[A-Z]+_[A-Z_]+"); // no Flyway error code (a constant's name)
    }

    @Test
    void theShippedScriptsValidateAndLatestNamesTheNewest() {
        WorkspaceDatabase.open(folder).close();
        org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(url(folder), "mailroom", "");
        try {
            var flyway = WorkspaceSchema.flyway(pool, null);
            flyway.validate();
            var info = flyway.info();
            assertThat(info.pending()).isEmpty();
            assertThat(info.current().getVersion().getVersion()).isEqualTo(Integer.toString(WorkspaceSchema.LATEST));
            assertThat(info.all()).extracting(m -> m.getScript()).allMatch(script -> script.matches("[VB]\\d+__[a-z0-9_]+\\.sql"));
        } finally {
            pool.dispose();
        }
    }

    private void copyLegacyWorkspace() throws Exception {
        try (InputStream in = WorkspaceUpgradeTest.class.getResourceAsStream("workspace-0.1.0.mv.db")) {
            Files.copy(in, Workspaces.file(folder));
        }
    }

    private static List<String> history(WorkspaceDatabase database) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT \"version\" || ' ' || \"type\" FROM \"flyway_schema_history\" "
                + "WHERE \"version\" IS NOT NULL AND \"success\" ORDER BY \"installed_rank\"").mapTo(String.class).list());
    }

    private static int legacyVersion(WorkspaceDatabase database) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT MAX(version) FROM schema_version").mapTo(Integer.class).one());
    }

    private static List<String> tables(Path folder) throws Exception {
        try (var connection = DriverManager.getConnection(url(folder), "mailroom", "");
             var rows = connection.createStatement().executeQuery("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'SCHEMA_VERSION' ORDER BY 1")) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private static String url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve(WorkspaceDatabase.FILE_NAME).toAbsolutePath();
    }
}
