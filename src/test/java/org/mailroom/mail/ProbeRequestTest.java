package org.mailroom.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Protocol;
import org.mailroom.testing.TestTls;

class ProbeRequestTest {

    @Test
    void anInboundMailboxBringsServerLoginAndMaxSize() {
        MailServer server = MailServer.draft("outlook.office365.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS);
        InboundMailbox mailbox = InboundMailbox.draft("support", 20, "support@contoso.com", server);

        ProbeRequest request = ProbeRequest.forMailbox(mailbox, Credentials.oauthToken("token".toCharArray()));

        assertThat(request.name()).isEqualTo("support");
        assertThat(request.host()).isEqualTo("outlook.office365.com");
        assertThat(request.port()).isEqualTo(993);
        assertThat(request.protocol()).isEqualTo(Protocol.IMAP);
        assertThat(request.maxSizeMb()).isEqualTo(20);
        assertThat(request.timeouts()).isEqualTo(Timeouts.DEFAULT);
        assertThat(request.describe()).isEqualTo("IMAP outlook.office365.com:993 SSL/TLS as support@contoso.com (XOAUTH2)");
    }

    @Test
    void theOutboundMailboxTakesTheMaxSizeToCompareWithSmtpSize() {
        MailServer server = MailServer.draft("smtp.office365.com", 587, Protocol.SMTP, ConnectionSecurity.STARTTLS);
        OutboundMailbox mailbox = OutboundMailbox.draft("support@contoso.com", "support@contoso.com", server);

        ProbeRequest request = ProbeRequest.forMailbox(mailbox, Credentials.password("pw".toCharArray())).withMaxSizeMb(20);

        assertThat(request.name()).isEqualTo(OutboundMailbox.NAME);
        assertThat(request.maxSizeMb()).isEqualTo(20);
    }

    @Test
    void fingerprintsAreNormalisedAndSecretsNeverPrinted() {
        String sha = TestTls.LOCALHOST.sha256();
        MailServer server = MailServer.draft("localhost", 995, Protocol.POP3, ConnectionSecurity.SSL_TLS);
        ProbeRequest request = ProbeRequest.forServer(server, "alice", Credentials.password("Secret-123".toCharArray()))
                .withPinnedSha256(sha.replace(":", "").toLowerCase());

        assertThat(request.pinnedSha256()).isEqualTo(sha);
        assertThat(request.toString()).doesNotContain("Secret-123");
        assertThatThrownBy(() -> request.withPinnedSha256("12:34")).isInstanceOf(IllegalArgumentException.class);
    }
}
