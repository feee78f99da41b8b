package org.mailroom.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.check.TestWorkspace.clean;
import static org.mailroom.domain.ConnectionSecurity.NONE;
import static org.mailroom.domain.ConnectionSecurity.SSL_TLS;
import static org.mailroom.domain.ConnectionSecurity.STARTTLS;
import static org.mailroom.domain.Protocol.IMAP;
import static org.mailroom.domain.Protocol.POP3;
import static org.mailroom.domain.Protocol.SMTP;

import org.junit.jupiter.api.Test;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Severity;

/** Mail server entries: TLS and ports against Exchange Online, port 25, basic authentication, unused entries. */
class ServerRulesTest {

    @Test
    void exchangeOnlineWithoutTls() {
        TestWorkspace w = clean();
        MailServer plain = w.server("outlook.office365.com", 143, IMAP, NONE);
        w.inbound("sales", "sales@contoso.com", plain);

        assertThat(w.findings("exchangePlainText")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.item()).isEqualTo(new ItemRef(ItemKind.MAIL_SERVER, plain.id(), "outlook.office365.com:143 · IMAP · None"));
            assertThat(f.fix()).isEqualTo("Use port 993 with SSL/TLS, as Microsoft documents for IMAP.");
        });
        assertThat(w.findings("exchangeEndpoint")).as("one finding per problem").isEmpty();
        assertThat(clean().findings("exchangePlainText")).isEmpty();
    }

    @Test
    void nationalCloudHostsAreExchangeOnlineToo() {
        TestWorkspace w = clean();
        w.server("outlook.office365.us.", 110, POP3, NONE);
        w.server("partner.outlook.cn", 143, IMAP, NONE);
        w.server("mail.fabrikam.com", 143, IMAP, NONE); // on premises: its own business

        assertThat(w.findings("exchangePlainText")).extracting(f -> f.item().label())
                .containsExactly("Mail server outlook.office365.us.:110 · POP3 · None",
                        "Mail server partner.outlook.cn:143 · IMAP · None");
    }

    @Test
    void exchangeOnlineOnAnUndocumentedPort() {
        TestWorkspace w = clean();
        MailServer startTls = w.server("outlook.office365.com", 143, IMAP, STARTTLS);
        w.server("smtp.office365.com", 465, SMTP, SSL_TLS);

        assertThat(w.findings("exchangeEndpoint")).hasSize(2).first().satisfies(f -> {
            assertThat(f.item().id()).isEqualTo(startTls.id());
            assertThat(f.message()).contains("outlook.office365.com:143 with STARTTLS", "IMAP");
            assertThat(f.fix()).isEqualTo("Use port 993 with SSL/TLS.");
        });
        assertThat(clean().findings("exchangeEndpoint")).as("993 SSL/TLS and 587 STARTTLS").isEmpty();
    }

    @Test
    void smtpOnPort25() {
        TestWorkspace w = clean();
        MailServer relay = w.server("smtp.office365.com", 25, SMTP, STARTTLS);
        w.server("relay.contoso.com", 25, SMTP, NONE);

        assertThat(w.findings("smtpPort25")).extracting(f -> f.item().id()).hasSize(2).first().isEqualTo(relay.id());
        assertThat(w.findings("exchangeEndpoint")).isEmpty();
        assertThat(clean().findings("smtpPort25")).isEmpty();
    }

    @Test
    void passwordForSmtpOnExchangeOnline() {
        TestWorkspace w = clean();
        w.unlink(w.outbound);

        assertThat(w.findings("smtpBasicAuth")).singleElement().satisfies(f -> {
            assertThat(f.item().id()).isEqualTo(w.outbound.id());
            assertThat(f.message()).contains("smtp-client", "smtp.office365.com", "with a password");
        });
        assertThat(clean().findings("smtpBasicAuth")).isEmpty();
    }

    @Test
    void passwordForSmtpOnPremisesIsFine() {
        TestWorkspace w = clean();
        w.remove(w.outbound);
        OutboundMailbox onPremises = w.outbound("support@contoso.com", "svc-smtp",
                w.server("mail.contoso.com", 587, SMTP, STARTTLS));

        assertThat(w.findings("smtpBasicAuth")).isEmpty();
        assertThat(w.check().about(ItemRef.of(onPremises))).isEmpty();
    }

    @Test
    void entryNobodyUses() {
        TestWorkspace w = clean();
        MailServer pop3 = w.server("pop.contoso.com", 995, POP3, SSL_TLS);

        assertThat(w.findings("unusedServer")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.item().id()).isEqualTo(pop3.id());
        });
        w.inbound("claims", "claims@contoso.com", pop3);
        assertThat(w.findings("unusedServer")).isEmpty();
    }

    @Test
    void theBuiltInPresetsAreOfferedNotReportedAsUnused() {
        TestWorkspace w = clean();
        w.server("outlook.office365.com", 995, POP3, SSL_TLS);
        w.server("OUTLOOK.office365.com", 993, IMAP, SSL_TLS);

        assertThat(w.findings("unusedServer")).isEmpty();
    }

    @Test
    void aServerAMailboxUsesButTheListLacksIsStillChecked() {
        TestWorkspace w = clean();
        MailServer plain = w.server("outlook.office365.com", 143, IMAP, NONE);
        w.inbound("sales", "sales@contoso.com", plain);
        w.servers.remove(plain); // as a hand-edited file might

        assertThat(w.findings("exchangePlainText")).hasSize(1);
        assertThat(w.findings("unusedServer")).isEmpty();
    }
}
