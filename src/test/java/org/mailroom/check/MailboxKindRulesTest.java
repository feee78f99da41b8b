package org.mailroom.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mailroom.check.TestWorkspace.clean;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

import org.mailroom.domain.Cloud;
import org.mailroom.domain.EwsEndpoint;
import org.mailroom.domain.GraphCloud;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Severity;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;

/** EWS and Graph mailboxes: their own rules, and the rules of the mail protocols staying quiet about them. */
class MailboxKindRulesTest {

    private static final String ON_PREMISES_EWS = "https://mail.contoso.com/EWS/Exchange.asmx";

    private static StoredRegistration graphApp(TestWorkspace w, String name, Cloud cloud, GrantType grant) {
        return w.registration(new AzureAppRegistration(name, TestWorkspace.CLIENT_ID, TestWorkspace.TENANT_ID, cloud,
                AccountType.SINGLE_TENANT, grant, EnumSet.of(OAuthProtocol.GRAPH)));
    }

    @Test
    void anEwsMailboxOnExchangeOnlineIsAWarningBeforeTheBlockAndAnErrorFromItsFirstDay() {
        TestWorkspace w = clean();
        InboundMailbox ews = w.inbound("billing", "billing@contoso.com", EwsEndpoint.exchangeOnline());
        w.inbound("onprem", "onprem@contoso.com", new EwsEndpoint(ON_PREMISES_EWS, ""));

        assertThat(w.findings("ewsMailbox")).singleElement().satisfies(f -> {
            assertThat(f.item().id()).isEqualTo(ews.id());
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("billing", "blocks from 2026-10-01 and shuts down on 2027-04-01");
            assertThat(f.fix()).contains("Migration assistant");
        });
        List<Finding> october = on(w, "2026-10-01");
        assertThat(october).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("has blocked since 2026-10-01");
        });
        assertThat(clean().findings("ewsMailbox")).isEmpty();
    }

    private static List<Finding> on(TestWorkspace w, String day) {
        Clock clock = Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
        return new ConfigurationCheck(clock).run(w.input()).findings().stream().filter(f -> f.ruleId().equals("ewsMailbox")).toList();
    }

    @Test
    void aGraphMailboxNeedsAClientCredentialsAppOfItsCloud() {
        TestWorkspace w = clean();
        InboundMailbox unlinked = w.inbound("graph1", "graph1@contoso.com", new GraphCloud(Cloud.GLOBAL));
        InboundMailbox passwordGrant = w.inbound("graph2", "graph2@contoso.com", new GraphCloud(Cloud.GLOBAL));
        InboundMailbox otherCloud = w.inbound("graph3", "graph3@contoso.com", new GraphCloud(Cloud.US_GOV_GCC_HIGH));
        InboundMailbox fine = w.inbound("graph4", "graph4@contoso.com", new GraphCloud(Cloud.GLOBAL));
        StoredRegistration appOnly = graphApp(w, "Graph app", Cloud.GLOBAL, GrantType.CLIENT_CREDENTIALS);
        w.link(passwordGrant, graphApp(w, "Delegated", Cloud.GLOBAL, GrantType.PASSWORD), true);
        w.link(otherCloud, appOnly, false);
        w.link(fine, appOnly, false);

        assertThat(w.findings("graphAppSecret")).extracting(f -> f.item().id(), Finding::message).containsExactlyInAnyOrder(
                tuple(unlinked.id(), "Graph mailbox graph1 is linked to no app registration, so it has nothing to sign in with."),
                tuple(passwordGrant.id(), "Graph mailbox graph2 signs in through Delegated, which uses the password grant; "
                        + "E-mail Server reaches Graph with client credentials only."),
                tuple(otherCloud.id(), "Graph mailbox graph3 is in another Microsoft cloud than its app registration "
                        + "Graph app, whose token that Graph refuses."));
        assertThat(w.findings("graphAppSecret")).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(clean().findings("graphAppSecret")).isEmpty();
    }

    @Test
    void theMailProtocolRulesStayQuietAboutGraphAndEwsMailboxes() {
        TestWorkspace w = clean();
        w.remove(w.outbound);
        StoredRegistration appOnly = graphApp(w, "Graph app", Cloud.GLOBAL, GrantType.CLIENT_CREDENTIALS);
        OutboundMailbox sender = w.outbound("support@contoso.com", "support@contoso.com", new GraphCloud(Cloud.GLOBAL));
        InboundMailbox reader = w.inbound("graph", "graph@contoso.com", new GraphCloud(Cloud.GLOBAL));
        w.inbound("onprem", "onprem@contoso.com", new EwsEndpoint(ON_PREMISES_EWS, "Inbox/Support"));
        w.link(sender, appOnly, false);
        w.link(reader, appOnly, false);

        for (String rule : List.of("smtpBasicAuth", "hostDirection", "portMismatch", "exchangePlainText", "exchangeEndpoint",
                "smtpPort25", "oauthPop3", "oauthProtocolMissing", "oauthLogin", "sendAs", "duplicateLogin", "noOutbound",
                "graphAppSecret", "ewsMailbox")) {
            assertThat(w.findings(rule)).as(rule).isEmpty();
        }
    }
}
