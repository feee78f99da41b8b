package org.mailroom.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.check.TestWorkspace.clean;
import static org.mailroom.domain.ConnectionSecurity.NONE;
import static org.mailroom.domain.ConnectionSecurity.SSL_TLS;
import static org.mailroom.domain.ConnectionSecurity.STARTTLS;
import static org.mailroom.domain.Protocol.IMAP;
import static org.mailroom.domain.Protocol.POP3;
import static org.mailroom.domain.Protocol.SMTP;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Severity;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.RegistrationRules;
import org.mailroom.oauth.StoredRegistration;

/** The classes of problems the check names before any server is touched, each with its fix. */
class OfflineRulesTest {

    private static List<Finding> findings(TestWorkspace w, String rule, String day) {
        Clock clock = Clock.fixed(Instant.parse(day + "T09:00:00Z"), ZoneOffset.UTC);
        return new ConfigurationCheck(clock).run(w.input()).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void anotherProtocolsPortOrTheOtherSecuritysPortCannotWork() {
        TestWorkspace w = clean();
        MailServer imapOnPop = w.server("mail.contoso.com", 995, IMAP, SSL_TLS);
        MailServer tlsPortStartTls = w.server("mail.contoso.com", 993, IMAP, STARTTLS);
        MailServer plainPortSsl = w.server("mail.contoso.com", 587, SMTP, SSL_TLS);
        MailServer popOnSmtp = w.server("mail.contoso.com", 25, POP3, NONE);
        w.server("mail.contoso.com", 465, SMTP, SSL_TLS);
        w.server("mail.contoso.com", 143, IMAP, STARTTLS);
        w.server("mail.contoso.com", 2525, SMTP, SSL_TLS);

        List<Finding> found = w.findings("portMismatch");

        assertThat(found).extracting(f -> f.item().id())
                .containsExactly(imapOnPop.id(), tlsPortStartTls.id(), plainPortSsl.id(), popOnSmtp.id());
        assertThat(found).allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(found.get(0).message()).contains("port 995 is where POP3 listens");
        assertThat(found.get(0).fix()).isEqualTo("Use port 993 for IMAP with SSL/TLS, or choose the entry of the protocol you meant.");
        assertThat(found.get(1).message()).contains("expects TLS from the first byte");
        assertThat(found.get(1).fix()).isEqualTo("Choose SSL/TLS for port 993, or use port 143 with STARTTLS.");
        assertThat(found.get(2).fix()).isEqualTo("Choose STARTTLS for port 587, or use port 465 with SSL/TLS.");
        assertThat(clean().findings("portMismatch")).isEmpty();
    }

    @Test
    void anExchangeEntryOnTheWrongPortIsNamedOnceForItsCause() {
        TestWorkspace w = clean();
        w.server("outlook.office365.com", 995, IMAP, SSL_TLS);

        assertThat(w.findings("portMismatch")).hasSize(1);
        assertThat(w.findings("exchangeEndpoint")).isEmpty();
    }

    @Test
    void aMailboxOnAHostOfTheOtherDirection() {
        TestWorkspace w = clean();
        InboundMailbox onSmtpHost = w.inbound("claims", "claims@contoso.com", w.server("smtp.office365.com", 993, IMAP, SSL_TLS));
        InboundMailbox onSmtpName = w.inbound("sales", "sales@contoso.com", w.server("smtp.contoso.com", 995, POP3, SSL_TLS));
        w.remove(w.outbound);
        w.outbound("support@contoso.com", "support@contoso.com", w.server("imap.contoso.com", 587, SMTP, STARTTLS));

        List<Finding> found = w.findings("hostDirection");

        assertThat(found).hasSize(3);
        assertThat(found.get(0).item().id()).isEqualTo(onSmtpHost.id());
        assertThat(found.get(0).message()).contains("a host that only sends mail");
        assertThat(found.get(0).fix()).startsWith("Use outlook.office365.com for IMAP");
        assertThat(found.get(1).item().id()).isEqualTo(onSmtpName.id());
        assertThat(found.get(1).fix()).startsWith("Use pop.contoso.com for POP3");
        assertThat(found.get(2).fix()).startsWith("Use smtp.contoso.com for SMTP");
        assertThat(clean().findings("hostDirection")).isEmpty();
    }

    @Test
    void everyExchangeOnlineAliasIsTreatedAlike() {
        for (String host : List.of("outlook.office.com", "eur.outlook.com", "outlook.office365.us", "partner.outlook.cn",
                "smtp.office365.com", "OUTLOOK.OFFICE365.COM.")) {
            assertThat(ExchangeOnline.isExchangeOnline(MailServer.draft(host, 143, IMAP, NONE))).as(host).isTrue();
            TestWorkspace w = clean();
            w.server(host, 143, IMAP, NONE);
            assertThat(w.findings("exchangePlainText")).as(host).hasSize(1);
        }
        assertThat(ExchangeOnline.isExchangeOnline(MailServer.draft("mail.contoso.com", 993, IMAP, SSL_TLS))).isFalse();
    }

    @Test
    void anOAuthLoginMustBeAnEmailAddress() {
        TestWorkspace w = clean();
        InboundMailbox accountName = w.inbound("claims", "CONTOSO\\claims", w.imap);
        w.link(accountName, w.contosoApp, false);

        assertThat(w.findings("oauthLogin")).singleElement().satisfies(f -> {
            assertThat(f.item().id()).isEqualTo(accountName.id());
            assertThat(f.message()).contains("CONTOSO\\claims", "not an email address");
            assertThat(f.fix()).contains("shared mailbox's own address");
        });
        assertThat(clean().findings("oauthLogin")).isEmpty();
    }

    @Test
    void aMicrosoftFirstPartyClientIdIsNotTheCustomersRegistration() {
        TestWorkspace w = clean();
        AzureAppRegistration cli = new AzureAppRegistration("Borrowed", "04b07795-8ddb-461a-bbee-02f9e1bf7b46", TestWorkspace.TENANT_ID,
                Cloud.GLOBAL, AccountType.SINGLE_TENANT, GrantType.PASSWORD, EnumSet.of(OAuthProtocol.IMAP));
        StoredRegistration borrowed = w.registration(cli);

        assertThat(w.findings("firstPartyClientId")).singleElement().satisfies(f -> {
            assertThat(f.item().id()).isEqualTo(borrowed.id());
            assertThat(f.message()).contains("Azure CLI");
        });
        assertThat(RegistrationRules.check(cli).warnings()).anySatisfy(v -> assertThat(v.message()).contains("Azure CLI"));
        assertThat(clean().findings("firstPartyClientId")).isEmpty();
    }

    @Test
    void sendAsComparesWithTheLoginAndNeverAsksAMailboxToGrantItself() {
        TestWorkspace w = clean();
        w.remove(w.outbound);
        w.outbound("support@contoso.com", "help@fabrikam.com", w.smtp);
        w.fromAddress("help@fabrikam.com"); // the login itself: nothing to grant
        w.fromAddress("support@contoso.com"); // the From Address: judged once, on the mailbox
        w.fromAddress("billing@contoso.com");

        List<Finding> found = w.findings("sendAs");

        assertThat(found).extracting(f -> f.message()).containsExactly(
                "The outbound mailbox sends from support@contoso.com, which is not on the domain fabrikam.com of its login help@fabrikam.com: sending as it needs Send As or Send on Behalf rights.",
                "The From address sales@contoso.com is not on the domain fabrikam.com the outbound mailbox signs in with (help@fabrikam.com): sending as it needs Send As or Send on Behalf rights.",
                "The From address billing@contoso.com is not on the domain fabrikam.com the outbound mailbox signs in with (help@fabrikam.com): sending as it needs Send As or Send on Behalf rights.");
        assertThat(found).noneMatch(f -> f.fix().contains("-Identity help@fabrikam.com -Trustee help@fabrikam.com"));
    }

    @Test
    void ewsOnExchangeOnlineIsAnErrorFromTheDayItIsBlocked() {
        TestWorkspace w = clean();
        w.registration(new AzureAppRegistration("Legacy", TestWorkspace.CLIENT_ID, TestWorkspace.TENANT_ID, Cloud.GLOBAL,
                AccountType.SINGLE_TENANT, GrantType.PASSWORD, EnumSet.of(OAuthProtocol.EWS)));

        assertThat(findings(w, "ewsRetirement", "2026-09-30")).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(findings(w, "ewsRetirement", "2026-10-01")).singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void basicSmtpAuthNamesTheEndOfDecember2026InTheRightTense() {
        TestWorkspace w = clean();
        w.remove(w.outbound);
        w.outbound("support@contoso.com", "support@contoso.com", w.smtp);

        assertThat(findings(w, "smtpBasicAuth", "2026-11-30")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("turns basic SMTP AUTH off by default for existing tenants at the end of December 2026");
        });
        assertThat(findings(w, "smtpBasicAuth", "2027-01-15")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("since the end of December 2026"));
    }
}
