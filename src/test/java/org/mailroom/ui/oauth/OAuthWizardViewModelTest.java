package org.mailroom.ui.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import org.mailroom.service.OAuthRegistrations;
import org.mailroom.service.WorkspaceEvents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.TokenChecker;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.FakeIdentityProvider;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.Workspaces;
import org.mailroom.ui.oauth.OAuthTexts.Format;

@ExtendWith(WorkspaceExtension.class)
class OAuthWizardViewModelTest {

    private Path folder;
    private OAuthStore store;
    private WorkspaceDatabase database;
    private List<Mailbox> mailboxes;
    private OAuthWizardViewModel wizard;
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @BeforeEach
    void open(TempWorkspace workspace) {
        folder = workspace.tempFolder();
        store = workspace.oauth();
        database = workspace.database();
        MailServerStore servers = workspace.servers();
        MailboxStore boxes = workspace.mailboxes();
        Mailbox test = boxes.add(InboundMailbox.draft("oauth.test", 5, "oauth.test@contoso.com", Workspaces.imapPreset(servers)));
        Mailbox sales = boxes.add(InboundMailbox.draft("sales", 5, "sales@contoso.com", Workspaces.imapPreset(servers)));
        mailboxes = List.of(test, sales);
        wizard = new OAuthWizardViewModel(new OAuthRegistrations(database, store, new WorkspaceEvents()), new DirectBackground(), mailboxes, java.time.Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        executor.shutdownNow();
    }

    private void fillValidRegistration() {
        wizard.nameProperty().set("Contoso mail");
        wizard.clientIdProperty().set(FakeIdentityProvider.CLIENT);
        wizard.tenantProperty().set(FakeIdentityProvider.TENANT);
    }

    @Test
    void eachPageIsValidOnlyWhenItsValuesAre() {
        assertThat(wizard.pageValid(0).get()).isFalse();
        wizard.mailboxes().get(0).chosen().set(true);
        wizard.testMailboxProperty().set(wizard.mailboxes().get(0).mailbox());
        assertThat(wizard.pageValid(0).get()).isTrue();
        wizard.protocol(OAuthProtocol.IMAP).set(false);
        assertThat(wizard.pageValid(0).get()).isFalse();
        wizard.protocol(OAuthProtocol.IMAP).set(true);

        assertThat(wizard.pageValid(1).get()).isFalse();
        wizard.nameProperty().set("Contoso mail");
        wizard.clientIdProperty().set("not-a-guid");
        wizard.tenantProperty().set("common");
        assertThat(wizard.texts().registrationProblems()).contains("common");
        assertThat(wizard.pageValid(1).get()).isFalse();
        fillValidRegistration();
        assertThat(wizard.pageValid(1).get()).isTrue();
        wizard.cloudProperty().set(Cloud.CHINA);
        assertThat(wizard.pageValid(1).get()).isTrue();
        assertThat(wizard.texts().registrationProblems()).startsWith("").contains("(warning)");
        wizard.cloudProperty().set(Cloud.GERMANY);
        assertThat(wizard.pageValid(1).get()).isFalse();
        wizard.cloudProperty().set(Cloud.GLOBAL);

        wizard.testMailboxProperty().set(null); // the first page asks for it; the last one needs it too
        assertThat(wizard.pageValid(5).get()).isFalse();
        assertThat(wizard.texts().migration(Format.TEXT)).containsIgnoringCase("test mailbox");
        wizard.testMailboxProperty().set(mailboxes.get(0));
        assertThat(wizard.pageValid(5).get()).isTrue();
    }

    @Test
    void theTextsFollowTheChoices() {
        wizard.mailboxes().forEach(c -> c.chosen().set(true));
        fillValidRegistration();
        wizard.testMailboxProperty().set(mailboxes.get(0));

        assertThat(wizard.texts().permissions()).contains("IMAP.AccessAsUser.All").contains("Scope");
        assertThat(wizard.texts().manifest()).contains("00000002-0000-0ff1-ce00-000000000000");
        assertThat(wizard.checklist().entries()).extracting(e -> e.item().powerShell())
                .contains("Set-CASMailbox -Identity 'sales@contoso.com' -ImapEnabled $true");
        assertThat(wizard.texts().powerShell()).isEqualTo("The password grant needs no PowerShell for app access.");
        assertThat(wizard.texts().migration(Format.CSV)).contains("oauth.test").contains(FakeIdentityProvider.CLIENT);
        assertThat(wizard.texts().checkManifest("{ not json")).isNotBlank();

        wizard.grantProperty().set(GrantType.CLIENT_CREDENTIALS);
        assertThat(wizard.texts().permissions()).contains("IMAP.AccessAsApp").contains("Role");
        assertThat(wizard.texts().powerShell()).contains("New-ServicePrincipal").contains("Add-MailboxPermission")
                .doesNotContain("New-ManagementScope");
        wizard.protocol(OAuthProtocol.IMAP).set(false);
        wizard.protocol(OAuthProtocol.GRAPH).set(true);
        wizard.enterpriseObjectIdProperty().set(" 11111111-2222-3333-4444-555555555555 ");
        assertThat(wizard.texts().powerShell())
                .contains("-ObjectId '11111111-2222-3333-4444-555555555555' -DisplayName 'Contoso mail'")
                .contains("-RecipientRestrictionFilter 'PrimarySmtpAddress -eq \"oauth.test@contoso.com\""
                        + " -or PrimarySmtpAddress -eq \"sales@contoso.com\"'")
                .contains("-Role 'Application Mail.ReadWrite'")
                .contains("Test-ServicePrincipalAuthorization")
                .contains("# Warning: RBAC for Applications adds to")
                .doesNotContain("Add-MailboxPermission").doesNotContain("ApplicationAccessPolicy");
        wizard.protocol(OAuthProtocol.GRAPH).set(false);
        wizard.protocol(OAuthProtocol.IMAP).set(true);
        wizard.protocol(OAuthProtocol.POP3).set(true);
        assertThat(wizard.texts().notes()).containsIgnoringCase("POP3");
    }

    @Test
    void closingAndReopeningResumesWhereTheAdminLeftOff() {
        wizard.mailboxes().get(1).chosen().set(true);
        fillValidRegistration();
        wizard.grantProperty().set(GrantType.CLIENT_CREDENTIALS);
        wizard.pageProperty().set(3);
        wizard.saveDraft();

        OAuthWizardViewModel reopened = new OAuthWizardViewModel(new OAuthRegistrations(database, store, new WorkspaceEvents()), new DirectBackground(), mailboxes, java.time.Clock.systemDefaultZone());
        reopened.load(() -> { });

        assertThat(reopened.pageProperty().get()).isEqualTo(3);
        assertThat(reopened.chosenMailboxes()).containsExactly(mailboxes.get(1));
        assertThat(reopened.grantProperty().get()).isEqualTo(GrantType.CLIENT_CREDENTIALS);
        assertThat(reopened.clientIdProperty().get()).isEqualTo(FakeIdentityProvider.CLIENT);
    }

    @Test
    void eachMailboxGetsTheSettingsOfItsOwnProtocolAndTheTicksAndTheManifestCheckSurviveClosing(TempWorkspace workspace) {
        Mailbox outbound = workspace.mailboxes().add(OutboundMailbox.draft("support@contoso.com", "support@contoso.com",
                Workspaces.smtpPreset(workspace.servers())));
        List<Mailbox> all = List.of(mailboxes.get(0), mailboxes.get(1), outbound);
        OAuthWizardViewModel first = new OAuthWizardViewModel(new OAuthRegistrations(database, store, new WorkspaceEvents()), new DirectBackground(), all, java.time.Clock.systemDefaultZone());
        first.grantProperty().set(GrantType.CLIENT_CREDENTIALS);
        first.protocol(OAuthProtocol.SMTP).set(true);
        first.mailboxes().get(1).chosen().set(true);
        first.mailboxes().get(2).chosen().set(true);

        // consent and the service principal for the registration; per mailbox its own protocol's setting and FullAccess
        assertThat(first.checklist().entries()).extracting(e -> e.item().mailbox() + " " + e.item().key()).containsExactly(
                " oauth.checklist.consent", " oauth.checklist.servicePrincipal",
                "sales@contoso.com oauth.checklist.imap", "sales@contoso.com oauth.checklist.fullAccess",
                "support@contoso.com oauth.checklist.smtpAuth", "support@contoso.com oauth.checklist.fullAccess");
        first.checklist().entries().get(4).done().set(true);
        first.checklist().secretExpiresProperty().set("2027-05-31");
        first.pastedManifestProperty().set("{ not json");
        first.checkManifest();
        String findings = first.manifestFindingsProperty().get();
        first.saveDraft();

        OAuthWizardViewModel reopened = new OAuthWizardViewModel(new OAuthRegistrations(database, store, new WorkspaceEvents()), new DirectBackground(), all, java.time.Clock.systemDefaultZone());
        reopened.load(() -> { });

        assertThat(reopened.checklist().entries()).extracting(e -> e.done().get()).containsExactly(false, false, false, false, true, false);
        assertThat(reopened.checklist().secretExpiresProperty().get()).isEqualTo("2027-05-31");
        assertThat(reopened.manifestFindingsProperty().get()).isNotBlank().isEqualTo(findings);
    }

    @Test
    void finishStoresTheRegistrationAndSignsTheMailboxesInThroughIt() {
        wizard.mailboxes().forEach(c -> c.chosen().set(true));
        fillValidRegistration();
        wizard.testMailboxProperty().set(mailboxes.get(0));
        boolean[] done = {false};

        wizard.finish(() -> done[0] = true);

        assertThat(done[0]).isTrue();
        assertThat(store.registrations()).singleElement().satisfies(r -> assertThat(r.name()).isEqualTo("Contoso mail"));
        long id = store.registrations().get(0).id();
        assertThat(store.links()).containsValues(new OAuthLink(mailboxes.get(0).id(), id, true),
                new OAuthLink(mailboxes.get(1).id(), id, false));
        OAuthWizardViewModel reopened = new OAuthWizardViewModel(new OAuthRegistrations(database, store, new WorkspaceEvents()), new DirectBackground(), mailboxes, java.time.Clock.systemDefaultZone());
        reopened.load(() -> { });
        assertThat(reopened.pageProperty().get()).isZero();
    }

    /** The ticks and the secret's expiry are stored with the registration, where the check and the export find them. */
    @Test
    void finishStoresTheTicksAndTheSecretsExpiry() {
        wizard.mailboxes().forEach(c -> c.chosen().set(true));
        fillValidRegistration();
        wizard.testMailboxProperty().set(mailboxes.get(0));
        wizard.checklist().entries().get(0).done().set(true);
        wizard.checklist().secretExpiresProperty().set("2027-05-31");

        wizard.finish(() -> { });

        long id = store.registrations().get(0).id();
        org.mailroom.oauth.RegistrationNotes notes = new org.mailroom.store.RegistrationNotesStore(database).of(id);
        assertThat(notes.ticked()).containsExactly("|oauth.checklist.consent");
        assertThat(notes.secretExpires()).isEqualTo(java.time.LocalDate.of(2027, 5, 31));
    }

    /** "Confirm the ids found" keeps the tenant's id for the permission: the check accepts it, and it is stored. */
    @Test
    void confirmedPermissionIdsAreCheckedAgainstAndStored() {
        wizard.mailboxes().forEach(c -> c.chosen().set(true));
        fillValidRegistration();
        wizard.testMailboxProperty().set(mailboxes.get(0));
        wizard.grantProperty().set(GrantType.CLIENT_CREDENTIALS);
        String found = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
        wizard.pastedManifestProperty().set("{\"requiredResourceAccess\": [{\"resourceAppId\": \"00000002-0000-0ff1-ce00-000000000000\","
                + " \"resourceAccess\": [{\"id\": \"" + found + "\", \"type\": \"Role\"}]}]}");
        wizard.checkManifest();
        assertThat(wizard.manifestFindingsProperty().get()).contains("IMAP.AccessAsApp", found, "Confirm the ids found");

        wizard.confirmManifestIds();

        assertThat(wizard.manifestFindingsProperty().get()).doesNotContain(found);
        wizard.finish(() -> { });
        long id = store.registrations().get(0).id();
        assertThat(new org.mailroom.store.RegistrationNotesStore(database).of(id).confirmedIds())
                .containsExactly(java.util.Map.entry("IMAP.AccessAsApp", found));
    }

    /** A date that is no date is said, and nothing is stored: the wizard stays open with what was typed. */
    @Test
    void aSecretExpiryThatIsNoDateIsRefusedInWords() {
        wizard.mailboxes().forEach(c -> c.chosen().set(true));
        fillValidRegistration();
        wizard.testMailboxProperty().set(mailboxes.get(0));
        wizard.checklist().secretExpiresProperty().set("31.05.2027");
        boolean[] done = {false};

        wizard.finish(() -> done[0] = true);

        assertThat(done[0]).isFalse();
        assertThat(store.registrations()).isEmpty();
        assertThat(wizard.messageProperty().get()).contains("31.05.2027", "2027-05-31").doesNotContain("Exception");
        assertThat(wizard.checklist().secretExpiresProperty().get()).isEqualTo("31.05.2027");
    }

    @Test
    void finishKeepsNoManifestTheCheckerCouldNotRead() {
        wizard.mailboxes().forEach(c -> c.chosen().set(true));
        fillValidRegistration();
        wizard.testMailboxProperty().set(mailboxes.get(0));
        wizard.pastedManifestProperty().set("\"requiredResourceAccess\": [ { \"resourceAppId\": ... } ]");

        wizard.finish(() -> { });

        assertThat(store.manifests()).isEmpty();
        assertThat(wizard.messageProperty().get()).endsWith("The pasted manifest could not be read, so it was not "
                + "kept: the configuration check goes on with the one last read.");
    }

    @Test
    void verifyShowsTheClaimsAndNeverTheToken() {
        FakeIdentityProvider idp = new FakeIdentityProvider()
                .answering(FakeIdentityProvider.appOnlyToken("https://graph.microsoft.com", "Mail.Read", "Mail.ReadWrite", "Mail.Send"));
        TokenChecker checker = new TokenChecker(IdentityProviderSettings.fake(idp, Duration.ofSeconds(5)), executor, Clock.systemUTC());
        TokenVerificationViewModel verification = new TokenVerificationViewModel(wizard, checker, new DirectBackground());
        wizard.mailboxes().forEach(c -> c.chosen().set(true));
        fillValidRegistration();
        wizard.grantProperty().set(GrantType.CLIENT_CREDENTIALS);
        wizard.protocol(OAuthProtocol.IMAP).set(false);
        wizard.protocol(OAuthProtocol.GRAPH).set(true);
        wizard.testMailboxProperty().set(mailboxes.get(0));

        verification.verify();
        assertThat(verification.resultProperty().get()).isEqualTo("Choose a test mailbox on the first page, a protocol, and type the secret first.");

        verification.secretProperty().set("secret-value");
        verification.verify();

        assertThat(verification.resultProperty().get()).contains("audience https://graph.microsoft.com").contains("Mail.Read")
                .doesNotContain("eyJ");
        assertThat(verification.secretProperty().get()).isEmpty();
        assertThat(verification.runningProperty().get()).isFalse();
    }

    @Test
    void aRefusedSecretGivesTheAdminAction() {
        FakeIdentityProvider idp = new FakeIdentityProvider()
                .answering(FakeIdentityProvider.error(401, "invalid_client", 7000215, "Invalid client secret provided."));
        TokenChecker checker = new TokenChecker(IdentityProviderSettings.fake(idp, Duration.ofSeconds(5)), executor, Clock.systemUTC());
        TokenVerificationViewModel verification = new TokenVerificationViewModel(wizard, checker, new DirectBackground());
        wizard.mailboxes().forEach(c -> c.chosen().set(true));
        fillValidRegistration();
        wizard.grantProperty().set(GrantType.CLIENT_CREDENTIALS);
        wizard.testMailboxProperty().set(mailboxes.get(0));
        verification.secretProperty().set("the-secret-id-not-its-value");

        verification.verify();

        assertThat(verification.resultProperty().get()).startsWith("No token: AADSTS7000215").containsIgnoringCase("Value");
    }

    @Test
    void theMigrationRequestIsSavedToAFile() throws Exception {
        wizard.mailboxes().forEach(c -> c.chosen().set(true));
        fillValidRegistration();
        wizard.testMailboxProperty().set(mailboxes.get(0));
        Path csv = folder.resolve("request.csv");

        wizard.saveMigration(Format.CSV, csv);

        assertThat(java.nio.file.Files.readString(csv)).contains("oauth.test").contains(FakeIdentityProvider.CLIENT);
        assertThat(wizard.messageProperty().get()).contains("request.csv");
    }

    @Test
    void theFirstPageRefusesATestMailboxThatIsNotAmongTheChosenAndSaysWhy() {
        wizard.mailboxes().get(1).chosen().set(true); // sales
        assertThat(wizard.scopeProblemProperty().get()).startsWith("Choose the test mailbox");
        wizard.testMailboxProperty().set(wizard.mailboxes().get(0).mailbox()); // oauth.test, not chosen

        assertThat(wizard.pageValid(0).get()).isFalse();
        assertThat(wizard.scopeProblemProperty().get())
                .isEqualTo("The test mailbox oauth.test is not among the chosen mailboxes: choose it above too, or pick another test mailbox.");

        wizard.mailboxes().get(0).chosen().set(true);
        assertThat(wizard.pageValid(0).get()).isTrue();
        assertThat(wizard.scopeProblemProperty().get()).isEmpty();
    }
}
