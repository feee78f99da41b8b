package org.mailroom.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Protocol;

/** The Exchange Online replies of the facts sheet, and the masking, without a server. */
class ClassificationTest {

    private final SecretMasker masker = new SecretMasker("agent@contoso.com", "Hunter2-secret".toCharArray());

    @Test
    void exchangeRepliesGetTheirOwnFix() {
        assertThat(action(Protocol.SMTP, "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled"))
                .contains("Set-CASMailbox agent@contoso.com -SmtpClientAuthenticationDisabled $false");
        assertThat(action(Protocol.SMTP, "535 5.7.3 Authentication unsuccessful")).contains("SMTP.Send");
        assertThat(action(Protocol.SMTP, "550 5.7.30 Basic authentication is not supported for Client Submission"))
                .contains("OAuth");
        assertThat(action(Protocol.IMAP, "AUTHENTICATE failed.")).contains("-ImapEnabled $true", "New-ServicePrincipal",
                "Add-MailboxPermission");
        assertThat(action(Protocol.POP3, "-ERR Authentication failure: unknown user name or bad password."))
                .contains("-PopEnabled $true");
        assertThat(action(Protocol.IMAP, "LOGIN failed.")).isEqualTo(FailureKind.AUTHENTICATION_FAILED.action());
    }

    /** The probe and the error decoder read one table: the same server reply gets the same fix from both. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            SMTP | 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for agent@contoso.com
            SMTP | 550 5.7.30 Basic authentication is not supported for Client Submission
            SMTP | 535 5.7.3 Authentication unsuccessful
            IMAP | AUTHENTICATE failed. agent@contoso.com
            POP3 | -ERR Authentication failure: unknown user name or bad password. agent@contoso.com
            IMAP | LOGIN failed.
            """)
    void theProbeAndTheDecoderGiveTheSameFix(Protocol protocol, String reply) {
        assertThat(org.mailroom.diagnosis.ErrorDecoder.explain(reply).get(0).fix()).isEqualTo(action(protocol, reply));
    }

    @Test
    void eachFailureKindIsARowOfTheTable() {
        for (FailureKind kind : FailureKind.values()) {
            assertThat(kind.label()).isEqualTo(kind.row().cause());
            assertThat(kind.action()).isEqualTo(kind.row().fix());
        }
    }

    @Test
    void pop3ReadTimeoutDisguisedAsAuthenticationFailureIsATimeout() {
        Failure failure = FailureClassifier.classify(new AuthenticationFailedException("Read timed out"), Protocol.POP3,
                ProbeStep.GREETING, "agent", masker, java.util.List.of());
        assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(failure.reason()).isEqualTo("the server was connected but sent nothing more in the time allowed");

        Failure connect = FailureClassifier.classify(new MessagingException("Couldn't connect to host, port: mail, 993; timeout 5000",
                new SocketTimeoutException("Connect timed out")), Protocol.IMAP, ProbeStep.TCP, "agent", masker, java.util.List.of());
        assertThat(connect.reason()).startsWith("no connection could be made in the time allowed").doesNotContain("timed out", "timeout");

        Failure wrapped = FailureClassifier.classify(new MessagingException("failed", new SocketTimeoutException()),
                Protocol.IMAP, ProbeStep.GREETING, "agent", masker, java.util.List.of());
        assertThat(wrapped.kind()).isEqualTo(FailureKind.TIMEOUT);
    }

    @Test
    void masksCredentialsInEveryForm() {
        assertThat(masker.mask("A1 LOGIN agent Hunter2-secret")).isEqualTo("A1 LOGIN ****");
        assertThat(masker.mask("A2 AUTHENTICATE XOAUTH2 dXNlcj1hZ2VudAFhdXRoPUJlYXJlciB0b2tlbgEB"))
                .isEqualTo("A2 AUTHENTICATE XOAUTH2 ****");
        assertThat(masker.mask("AUTH PLAIN AGFnZW50AEh1bnRlcjI=")).isEqualTo("AUTH PLAIN ****");
        assertThat(masker.mask("PASS whatever")).isEqualTo("PASS ****");
        assertThat(masker.mask("334 UGFzc3dvcmQ6")).isEqualTo("334 ****");
        assertThat(masker.mask("SHVudGVyMi1zZWNyZXQ=")).isEqualTo("****");
        assertThat(masker.mask("error near Hunter2-secret here")).doesNotContain("Hunter2-secret");
        assertThat(masker.mask("250-PIPELINING")).isEqualTo("250-PIPELINING");
        assertThat(masker.mask("PIPELINING")).isEqualTo("PIPELINING");
    }

    private String action(Protocol protocol, String reply) {
        return FailureClassifier.classify(new AuthenticationFailedException(reply), protocol, ProbeStep.AUTHENTICATION,
                "agent@contoso.com", masker, java.util.List.of()).action();
    }
}
