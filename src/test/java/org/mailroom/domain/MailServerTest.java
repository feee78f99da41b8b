package org.mailroom.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MailServerTest {

    @ParameterizedTest
    @CsvSource({"IMAP,SSL_TLS,993", "IMAP,STARTTLS,143", "IMAP,NONE,143", "POP3,SSL_TLS,995", "POP3,NONE,110",
            "SMTP,SSL_TLS,465", "SMTP,STARTTLS,587", "SMTP,NONE,25"})
    void defaultPortsFollowProtocolAndSecurity(Protocol protocol, ConnectionSecurity security, int port) {
        assertThat(protocol.defaultPort(security)).isEqualTo(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"outlook.office365.com", "mail", "mail-1.contoso.local", "10.0.0.25", "::1", "fe80::1", "xn--bcher-kva.example"})
    void validHostsAreAccepted(String host) {
        assertThat(MailServer.check(host, 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "mail server", "mail_server.com", "-mail.com", "mail..com", "999.1.1.1",
            "user@mail.com", "mail.com:993", "http://mail.com"})
    void invalidHostsAreRefused(String host) {
        assertThat(MailServer.check(host, 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS)).extracting(Violation::fieldLabel)
                .containsExactly("Host");
    }

    @Test
    void aLabelLongerThanSixtyThreeIsRefused() {
        assertThat(MailServer.check("a".repeat(64) + ".com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS)).isNotEmpty();
        assertThat(MailServer.check("a".repeat(63) + ".com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS)).isEmpty();
    }

    @Test
    void portRunsFromOneTo65535() {
        assertThat(MailServer.check("mail.com", 0, Protocol.IMAP, ConnectionSecurity.SSL_TLS)).extracting(Violation::message)
                .containsExactly("Port: a whole number from 1 to 65535");
        assertThat(MailServer.check("mail.com", 1, Protocol.IMAP, ConnectionSecurity.SSL_TLS)).isEmpty();
        assertThat(MailServer.check("mail.com", 65535, Protocol.IMAP, ConnectionSecurity.SSL_TLS)).isEmpty();
        assertThat(MailServer.check("mail.com", 65536, Protocol.IMAP, ConnectionSecurity.SSL_TLS)).isNotEmpty();
    }

    @Test
    void anInvalidEntryCannotBeBuilt() {
        assertThatThrownBy(() -> MailServer.draft("bad host", 0, Protocol.SMTP, ConnectionSecurity.NONE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Host: a valid host name")
                .hasMessageContaining("Port: a whole number from 1 to 65535");
    }

    @Test
    void labelShowsAddressProtocolAndSecurity() {
        MailServer server = MailServer.draft("outlook.office365.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS);
        assertThat(server.label()).isEqualTo("outlook.office365.com:993 · IMAP · SSL/TLS");
        assertThat(MailServer.draft("::1", 25, Protocol.SMTP, ConnectionSecurity.NONE).address()).isEqualTo("[::1]:25");
    }
}
