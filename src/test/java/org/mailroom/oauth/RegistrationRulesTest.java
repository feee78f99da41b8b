package org.mailroom.oauth;

import org.mailroom.domain.Cloud;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationRulesTest {

    private static final String GUID = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

    @Test
    void aGuidHas36Characters() {
        assertThat(GUID).hasSize(36);
        assertThat(RegistrationRules.checkClientId(GUID)).isEmpty();
        assertThat(RegistrationRules.checkClientId(GUID.substring(1))).isPresent(); // 35
        assertThat(RegistrationRules.checkClientId(GUID + "0")).isPresent(); // 37
        assertThat(RegistrationRules.checkClientId(GUID.toUpperCase())).isEmpty();
        assertThat(RegistrationRules.checkClientId("{" + GUID + "}")).isEmpty();
        assertThat(RegistrationRules.checkClientId("{" + GUID)).isPresent();
        assertThat(RegistrationRules.checkClientId(GUID.replace('-', 'x'))).isPresent();
        assertThat(RegistrationRules.checkClientId(GUID.replace('f', 'g'))).isPresent();
        assertThat(RegistrationRules.checkClientId("")).get().extracting(v -> v.ruleText()).isEqualTo("required");
        assertThat(RegistrationRules.checkClientId("x")).get().extracting(v -> v.fieldLabel())
                .isEqualTo("Application (client) ID");
        assertThat(RegistrationRules.normalizeGuid(" {" + GUID.toUpperCase() + "} ")).isEqualTo(GUID);
    }

    @Test
    void theTenantIsAGuidADomainOrOrganizations() {
        for (String ok : new String[] {GUID, "contoso.onmicrosoft.com", "Contoso.COM", "mail.contoso.co.uk", "organizations"}) {
            assertThat(RegistrationRules.checkTenant(ok, GrantType.PASSWORD)).as(ok).isEmpty();
        }
        for (String bad : new String[] {"contoso", "contoso.", "-contoso.com", "contoso.c", "https://contoso.com",
                "conto so.com", GUID.substring(1), "contoso.123"}) {
            assertThat(RegistrationRules.checkTenant(bad, GrantType.PASSWORD)).as(bad).isPresent();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"common", "consumers", "COMMON"})
    void commonAndConsumersAreRefusedForThePasswordGrantOnly(String alias) {
        assertThat(RegistrationRules.checkTenant(alias, GrantType.PASSWORD)).get()
                .extracting(v -> v.ruleText()).asString().contains("password grant");
        assertThat(RegistrationRules.checkTenant(alias, GrantType.CLIENT_CREDENTIALS)).isEmpty();
        RegistrationCheck appOnly = RegistrationRules.check(registration(alias, Cloud.GLOBAL, GrantType.CLIENT_CREDENTIALS,
                EnumSet.of(OAuthProtocol.IMAP)));
        assertThat(appOnly.errors()).isEmpty();
        assertThat(appOnly.warnings()).hasSize(1);
    }

    @Test
    void organizationsWarnsForASingleTenantApp() {
        RegistrationCheck check = RegistrationRules.check(registration("organizations", Cloud.GLOBAL, GrantType.PASSWORD,
                EnumSet.of(OAuthProtocol.IMAP)));
        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).singleElement().extracting(v -> v.ruleText()).asString().contains("single-tenant");
    }

    @Test
    void otherCloudsWarnAndGermanyIsRefused() {
        for (Cloud cloud : new Cloud[] {Cloud.US_GOV_GCC_HIGH, Cloud.US_DOD, Cloud.CHINA}) {
            RegistrationCheck check = RegistrationRules.check(registration(GUID, cloud, GrantType.PASSWORD, Set.of(OAuthProtocol.IMAP)));
            assertThat(check.errors()).as(cloud.name()).isEmpty();
            assertThat(check.warnings()).as(cloud.name()).singleElement().extracting(v -> v.ruleText()).asString()
                    .contains("only the global authority");
        }
        RegistrationCheck germany = RegistrationRules.check(registration(GUID, Cloud.GERMANY, GrantType.PASSWORD,
                Set.of(OAuthProtocol.IMAP)));
        assertThat(germany.errors()).singleElement().extracting(v -> v.ruleText()).asString().contains("2021-10-29");
        assertThat(RegistrationRules.check(registration(GUID, Cloud.GLOBAL, GrantType.PASSWORD, Set.of(OAuthProtocol.IMAP))).warnings())
                .isEmpty();
    }

    @Test
    void graphNeedsClientCredentialsAndAProtocolIsRequired() {
        assertThat(RegistrationRules.checkProtocols(Set.of(OAuthProtocol.GRAPH), GrantType.PASSWORD)).isPresent();
        assertThat(RegistrationRules.checkProtocols(Set.of(OAuthProtocol.GRAPH), GrantType.CLIENT_CREDENTIALS)).isEmpty();
        assertThat(RegistrationRules.checkProtocols(Set.of(), GrantType.PASSWORD)).isPresent();
    }

    @Test
    void aBlankRegistrationNamesEveryField() {
        RegistrationCheck check = RegistrationRules.check(new AzureAppRegistration("", "", "", null, null,
                GrantType.PASSWORD, Set.of()));
        assertThat(check.errors()).extracting(v -> v.fieldLabel()).containsExactly("Application name",
                "Application (client) ID", "Directory (tenant) ID", "Cloud / authority", "Protocols");
    }

    static AzureAppRegistration registration(String tenant, Cloud cloud, GrantType grant, Set<OAuthProtocol> protocols) {
        return new AzureAppRegistration("Mailroom", GUID, tenant, cloud, AccountType.SINGLE_TENANT, grant, protocols);
    }
}
