package org.mailroom.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.check.TestWorkspace.clean;
import static org.mailroom.check.TestWorkspace.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.Severity;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;

/** App registrations and the mailboxes that sign in with them. */
class OAuthRulesTest {

    private static AzureAppRegistration app(String name, String clientId, String tenant, Cloud cloud, GrantType grant,
                                            EnumSet<OAuthProtocol> protocols) {
        return new AzureAppRegistration(name, clientId, tenant, cloud, AccountType.MULTI_TENANT, grant, protocols);
    }

    @Test
    void invalidRegistrationValuesFromAFile() {
        TestWorkspace w = clean();
        StoredRegistration broken = w.registration(app(" ", "not-a-guid", "contoso", Cloud.GERMANY, GrantType.PASSWORD,
                EnumSet.of(OAuthProtocol.GRAPH)));
        w.link(w.supportInbox, broken, true);

        assertThat(w.findings("invalidRegistration")).singleElement().satisfies(f -> {
            assertThat(f.item()).isEqualTo(ItemRef.of(broken));
            assertThat(f.item().label()).isEqualTo("App registration (no name)");
            assertThat(f.message()).contains("GUID", "verified domain", "2021-10-29", "client credentials");
        });
        assertThat(clean().findings("invalidRegistration")).isEmpty();
    }

    @Test
    void commonOrConsumersWithThePasswordGrant() {
        TestWorkspace w = clean();
        StoredRegistration common = w.registration(app("Any", TestWorkspace.CLIENT_ID, "Common", Cloud.GLOBAL,
                GrantType.PASSWORD, EnumSet.of(OAuthProtocol.IMAP)));
        w.registration(app("App only", TestWorkspace.CLIENT_ID, "consumers", Cloud.GLOBAL,
                GrantType.CLIENT_CREDENTIALS, EnumSet.of(OAuthProtocol.GRAPH)));

        assertThat(w.findings("tenantAliasPassword")).singleElement().satisfies(f -> {
            assertThat(f.item().id()).isEqualTo(common.id());
            assertThat(f.message()).contains("common", "password grant");
        });
        assertThat(w.findings("invalidRegistration")).as("reported once, by its own rule").isEmpty();
        assertThat(clean().findings("tenantAliasPassword")).isEmpty();
    }

    @Test
    void nationalCloudAuthority() {
        TestWorkspace w = clean();
        w.registration(app("Gov", TestWorkspace.CLIENT_ID, TestWorkspace.TENANT_ID, Cloud.US_GOV_GCC_HIGH,
                GrantType.PASSWORD, EnumSet.of(OAuthProtocol.IMAP)));

        assertThat(w.findings("nationalCloud")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Gov", "https://login.microsoftonline.us"));
        assertThat(clean().findings("nationalCloud")).isEmpty();
    }

    @Test
    void ewsSaysWhichStageOfItsRetirementTodayIsIn() {
        TestWorkspace w = clean();
        w.registration(app("Legacy", TestWorkspace.CLIENT_ID, TestWorkspace.TENANT_ID, Cloud.GLOBAL,
                GrantType.PASSWORD, EnumSet.of(OAuthProtocol.EWS)));

        assertThat(ews(w, "2026-03-01")).contains("blocks from 2026-10-01 and shuts down on 2027-04-01");
        assertThat(ews(w, "2026-10-01")).contains("has blocked since 2026-10-01 and shuts down on 2027-04-01");
        assertThat(ews(w, "2027-04-01")).contains("Legacy uses EWS, which Exchange Online shut down on 2027-04-01");
        assertThat(clean().findings("ewsRetirement")).isEmpty();
    }

    private static String ews(TestWorkspace w, String day) {
        Clock clock = Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
        return new ConfigurationCheck(clock).run(w.input()).findings().stream().filter(f -> f.ruleId().equals("ewsRetirement"))
                .findFirst().orElseThrow().message();
    }

    @Test
    void oauthMailboxWhoseRegistrationIsGone() {
        TestWorkspace w = clean();
        w.registrations.clear();

        assertThat(w.findings("oauthNoApp")).extracting(f -> f.item().id())
                .containsExactly(w.outbound.id(), w.supportInbox.id());
        assertThat(clean().findings("oauthNoApp")).isEmpty();
    }

    @Test
    void pop3WithOAuth() {
        TestWorkspace w = clean();
        InboundMailbox claims = w.inbound("claims", "claims@contoso.com",
                w.server("outlook.office365.com", 995, Protocol.POP3, ConnectionSecurity.SSL_TLS));
        w.link(claims, w.contosoApp, false);

        assertThat(w.findings("oauthPop3")).singleElement().satisfies(f -> assertThat(f.item().id()).isEqualTo(claims.id()));
        assertThat(w.findings("oauthProtocolMissing")).as("the POP3 rule says it all").isEmpty();
        w.unlink(claims);
        assertThat(w.findings("oauthPop3")).isEmpty();
    }

    @Test
    void mailboxProtocolTheRegistrationWasNotSetUpFor() {
        TestWorkspace w = clean();
        StoredRegistration smtpOnly = w.registration(registration(GrantType.PASSWORD, EnumSet.of(OAuthProtocol.SMTP)));
        w.link(w.supportInbox, smtpOnly, true);

        assertThat(w.findings("oauthProtocolMissing")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("support@contoso.com uses IMAP", "Contoso mail"));
        assertThat(clean().findings("oauthProtocolMissing")).isEmpty();
    }

    @Test
    void noTestMailboxAmongTheOAuthMailboxes() {
        TestWorkspace w = clean();
        w.link(w.supportInbox, w.contosoApp, false);

        assertThat(w.findings("noTestMailbox")).singleElement().satisfies(f -> {
            assertThat(f.item()).isEqualTo(ItemRef.WORKSPACE);
            assertThat(f.message()).startsWith("2 mailboxes sign in with OAuth");
        });
        assertThat(clean().findings("noTestMailbox")).isEmpty();
    }

    @Test
    void withoutOAuthMailboxesNoTestMailboxIsNeeded() {
        TestWorkspace w = clean();
        w.links.clear();
        w.registrations.clear();

        assertThat(w.findings("noTestMailbox")).isEmpty();
    }

    @Test
    void registrationNobodyUses() {
        TestWorkspace w = clean();
        StoredRegistration spare = w.registration(registration(GrantType.PASSWORD, EnumSet.of(OAuthProtocol.IMAP)));

        assertThat(w.findings("unusedRegistration")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.item().id()).isEqualTo(spare.id());
        });
        assertThat(clean().findings("unusedRegistration")).isEmpty();
    }

    @Test
    void aCheckedManifestWithWrongPermissionTypesIsAnError() {
        TestWorkspace w = clean();
        // IMAP.AccessAsUser.All is delegated: written as an application Role it grants nothing
        String wrongType = "{\"requiredResourceAccess\": [{\"resourceAppId\": \"00000002-0000-0ff1-ce00-000000000000\","
                + " \"resourceAccess\": [{\"id\": \"195adc35-e27b-454b-a7ed-1ecdffa1c09f\", \"type\": \"Role\"}]}]}";
        w.manifest(w.contosoApp, wrongType);

        assertThat(w.findings("manifestMistakes")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Contoso"));
        assertThat(clean().findings("manifestMistakes")).isEmpty();
    }

    /** "The app registration App registration Contoso …": a message names the item once, by its name. */
    @Test
    void aRegistrationIsNamedOnceInEveryMessageAndFix() {
        TestWorkspace w = clean();
        w.registration(app("Gov", TestWorkspace.CLIENT_ID, TestWorkspace.TENANT_ID, Cloud.US_GOV_GCC_HIGH, GrantType.PASSWORD,
                EnumSet.of(OAuthProtocol.EWS)));
        w.registration(app("Any", TestWorkspace.CLIENT_ID, "common", Cloud.GLOBAL, GrantType.PASSWORD, EnumSet.of(OAuthProtocol.IMAP)));
        w.registration(app(" ", "not-a-guid", "contoso", Cloud.GERMANY, GrantType.PASSWORD, EnumSet.of(OAuthProtocol.GRAPH)));
        w.manifest(w.contosoApp, "{\"requiredResourceAccess\": []}");

        List<Finding> aboutRegistrations = w.check().findings().stream().filter(f -> f.item().kind() == ItemKind.REGISTRATION).toList();

        assertThat(aboutRegistrations).extracting(Finding::ruleId)
                .contains("nationalCloud", "ewsRetirement", "tenantAliasPassword", "invalidRegistration", "manifestMistakes", "unusedRegistration");
        assertThat(aboutRegistrations).allSatisfy(f -> assertThat(f.message() + " " + f.fix())
                .doesNotContainPattern("(?i)registration app registration|of app registration"));
        assertThat(aboutRegistrations).filteredOn(f -> f.ruleId().equals("nationalCloud")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("The app registration Gov signs in"));
    }

    /** Every app-only step is an item; until ticked, the registration has a finding that names what is open. */
    @Test
    void unTickedChecklistItemsAreAFindingBeforeGoLive() {
        TestWorkspace w = clean();
        StoredRegistration appOnly = w.registration(app("Robots", TestWorkspace.CLIENT_ID, TestWorkspace.TENANT_ID, Cloud.GLOBAL,
                GrantType.CLIENT_CREDENTIALS, EnumSet.of(OAuthProtocol.IMAP, OAuthProtocol.SMTP)));
        w.remove(w.outbound);
        OutboundMailbox sender = w.outbound("sales@contoso.com", "robot@contoso.com", w.smtp);
        w.link(sender, appOnly, false);

        assertThat(w.findings("checklistUnticked")).singleElement().satisfies(f -> {
            assertThat(f.item()).isEqualTo(ItemRef.of(appOnly));
            assertThat(f.severity()).isEqualTo(org.mailroom.domain.Severity.WARNING);
            assertThat(f.message()).contains("Robots", "5 checklist items are not ticked", "Grant admin consent",
                    "service principal", "robot@contoso.com: SMTP AUTH");
        });
        assertThat(org.mailroom.oauth.MailboxChecklist.forRegistration(appOnly.registration(), List.of(sender), null))
                .extracting(org.mailroom.oauth.MailboxChecklist.Item::key)
                .containsExactly("oauth.checklist.consent", "oauth.checklist.servicePrincipal", "oauth.checklist.smtpAuth",
                        "oauth.checklist.fullAccess", "oauth.checklist.sendAs");

        w.tickAll(appOnly);
        assertThat(w.findings("checklistUnticked")).isEmpty();
    }

    /** An id other than Microsoft's documented one is a warning until the admin confirms it; then it is that permission. */
    @Test
    void anUnconfirmedPermissionIdIsAWarningAndAConfirmedOneNothing() {
        TestWorkspace w = clean();
        StoredRegistration appOnly = w.registration(app("Robots", TestWorkspace.CLIENT_ID, TestWorkspace.TENANT_ID, Cloud.GLOBAL,
                GrantType.CLIENT_CREDENTIALS, EnumSet.of(OAuthProtocol.IMAP)));
        String found = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
        w.manifest(appOnly, "{\"requiredResourceAccess\": [{\"resourceAppId\": \"00000002-0000-0ff1-ce00-000000000000\","
                + " \"resourceAccess\": [{\"id\": \"" + found + "\", \"type\": \"Role\"}]}]}");

        assertThat(w.findings("manifestMistakes")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(org.mailroom.domain.Severity.WARNING);
            assertThat(f.message()).contains("Robots", "IMAP.AccessAsApp", found);
        });

        w.notes.put(appOnly.id(), org.mailroom.oauth.RegistrationNotes.NONE.withConfirmedIds(java.util.Map.of("IMAP.AccessAsApp", found)));
        assertThat(w.findings("manifestMistakes")).isEmpty();
    }
}
