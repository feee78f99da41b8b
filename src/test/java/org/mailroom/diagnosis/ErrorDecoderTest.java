package org.mailroom.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.aad.msal4j.MsalServiceException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Field;
import org.mailroom.oauth.TokenErrors;

/** Pasted words of a server, Microsoft's sign-in or E-mail Server's log: the cause, the field it points at, the fix. */
class ErrorDecoderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant | SMTP_AUTH_DISABLED | AUTHENTICATION
            550 5.7.30 Basic authentication is not supported for Client Submission                       | BASIC_AUTH_RETIRED | AUTHENTICATION
            554 5.2.252 SendAsDenied; agent@contoso.com not allowed to send as sales@contoso.com         | SEND_AS_DENIED     | FROM_ADDRESS
            535 5.7.3 Authentication unsuccessful                                                         | SMTP_BAD_CREDENTIALS | PASSWORD
            A1 NO AUTHENTICATE failed.                                                                    | IMAP_AUTHENTICATE_FAILED | AUTHENTICATION
            -ERR Authentication failure: unknown user name or bad password.                               | POP_AUTHENTICATION_FAILURE | AUTHENTICATION
            User is authenticated but not connected.                                                      | AUTHENTICATED_NOT_CONNECTED | LOGIN
            AADSTS7000215: Invalid client secret provided. Ensure the secret being sent is the client secret value | AADSTS_7000215 | CLIENT_SECRET
            AADSTS7000222: The provided client secret keys for app '1b2c' are expired.                    | AADSTS_7000222 | CLIENT_SECRET
            AADSTS700016: Application with identifier 'x' was not found in the directory 'contoso'        | AADSTS_700016 | CLIENT_ID
            AADSTS90002: Tenant 'contoso.onmicrosoft.de' not found.                                      | AADSTS_90002 | TENANT
            AADSTS50076: Due to a configuration change made by your administrator you must use multi-factor authentication | AADSTS_50076 | LOGIN
            AADSTS53003: Access has been blocked by Conditional Access policies.                          | AADSTS_OTHER | REGISTRATION_NAME
            java.net.SocketTimeoutException: Read timed out                                               | TIMEOUT | PORT
            jakarta.mail.MessagingException: Connection refused                                           | REFUSED | PORT
            java.net.UnknownHostException: mail.contoso.example                                           | DNS | HOST
            javax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid certification path | UNTRUSTED_CERTIFICATE | HOST
            java.security.cert.CertificateExpiredException: NotAfter: Tue Jan 07 23:59:59 UTC 2025        | CERTIFICATE_EXPIRED | HOST
            javax.net.ssl.SSLHandshakeException: No subject alternative DNS name matching mail.contoso.com found. | HOST_NAME_MISMATCH | HOST
            javax.net.ssl.SSLHandshakeException: Received fatal alert: protocol_version                   | OLD_TLS | SECURITY
            * BAD [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections. | PLAINTEXT_REFUSED | SECURITY
            No authentication mechanisms supported by both server and client                              | MECHANISM_NOT_OFFERED | AUTHENTICATION
            jakarta.mail.AuthenticationFailedException: LOGIN failed.                                     | AUTHENTICATION_FAILED | PASSWORD
            {"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}} | ACCESS_DENIED | LOGIN
            {"error":{"code":"ApplicationThrottled","message":"Application is over its MailboxConcurrency limit."}} | THROTTLED | SERVER
            <m:ResponseCode>ErrorServerBusy</m:ResponseCode>                                               | THROTTLED | SERVER
            """)
    void namesTheCauseTheFieldAndTheFix(String pasted, KnownError row, Field field) {
        List<Explanation> explanations = ErrorDecoder.explain(pasted);

        assertThat(explanations).isNotEmpty();
        Explanation first = explanations.get(0);
        assertThat(first.row()).isEqualTo(row);
        assertThat(first.field()).isEqualTo(field.label());
        assertThat(first.cause()).isNotBlank().isEqualTo(row.cause());
        assertThat(first.fix()).isNotBlank();
        assertThat(first.said()).isNotBlank();
    }

    @Test
    void aSpecificRowHidesTheGeneralOneItAlsoMatches() {
        List<Explanation> explanations = ErrorDecoder.explain(
                "jakarta.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled");

        assertThat(explanations).extracting(Explanation::row).containsExactly(KnownError.SMTP_AUTH_DISABLED);
    }

    @Test
    void aLogExcerptWithTwoFaultsGetsBoth() {
        List<Explanation> explanations = ErrorDecoder.explain("""
                2026-11-30 10:01:12 pop-client inbound1: AADSTS65001: The user or administrator has not consented
                2026-11-30 10:02:40 smtp-client: 554 5.2.252 SendAsDenied; agent@contoso.com not allowed to send as sales@contoso.com
                """);

        assertThat(explanations).extracting(Explanation::row).containsExactly(KnownError.SEND_AS_DENIED, KnownError.AADSTS_65001);
    }

    @Test
    void theAddressInThePastedTextFillsThePowerShell() {
        assertThat(ErrorDecoder.explain("535 5.7.139 SmtpClientAuthentication is disabled for agent@contoso.com").get(0).fix())
                .contains("Set-CASMailbox agent@contoso.com -SmtpClientAuthenticationDisabled $false");
        assertThat(ErrorDecoder.explain("535 5.7.139").get(0).fix()).contains("Set-CASMailbox <mailbox address>");
    }

    @Test
    void wordsNobodyKnowsAreNotExplained() {
        assertThat(ErrorDecoder.explain("The weather is fine today")).isEmpty();
    }

    @Test
    void emptyOrHugeTextIsRefusedInWords() {
        assertThatThrownBy(() -> ErrorDecoder.explain("  \n ")).hasMessageContaining("Nothing to explain");
        String huge = "x".repeat(ErrorDecoder.MAX_LENGTH + 1);
        assertThatThrownBy(() -> ErrorDecoder.explain(huge)).hasMessageContaining("longer than 100000 characters");
        // a long text without any address is searched in linear time (no address pattern over all of it)
        assertThat(ErrorDecoder.explain("a".repeat(ErrorDecoder.MAX_LENGTH - 20) + " 535 5.7.139")).isNotEmpty();
    }

    /** Every row has its words in the bundle, never a constant's name. */
    @Test
    void everyRowIsWordedAndEveryWordedRowIsFound() {
        for (KnownError row : KnownError.values()) {
            assertThat(row.cause()).as(row.name()).isNotBlank().doesNotContain(row.name());
            assertThat(row.fix("agent@contoso.com")).as(row.name()).isNotBlank().doesNotContain("{0}");
            assertThat(row.said().label()).isNotBlank();
        }
    }

    /** The token check reads the same rows: a code with a row gets that row's fix, one without the general row's. */
    @Test
    void theTokenCheckReadsTheSameRows() {
        assertThat(TokenErrors.classify(new MsalServiceException("AADSTS7000222: The provided client secret keys are expired.",
                "invalid_client")).action()).isEqualTo(KnownError.AADSTS_7000222.fix());
        assertThat(TokenErrors.classify(new MsalServiceException("AADSTS53003: Access has been blocked.", "invalid_grant")).action())
                .isEqualTo(KnownError.AADSTS_OTHER.fix());
    }
}
