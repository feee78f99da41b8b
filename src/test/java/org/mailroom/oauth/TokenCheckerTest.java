package org.mailroom.oauth;

import org.mailroom.domain.Cloud;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.testing.FakeIdentityProvider.CLIENT;
import static org.mailroom.testing.FakeIdentityProvider.TENANT;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailroom.testing.FakeIdentityProvider;

class TokenCheckerTest {

    private static final String EXO = "https://outlook.office365.com";
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "token-check-test");
        thread.setDaemon(true);
        return thread;
    });
    private final FakeIdentityProvider idp = new FakeIdentityProvider();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void clientCredentialsGetAnAppOnlyTokenThatFitsImap() throws Exception {
        idp.answering(FakeIdentityProvider.appOnlyToken(EXO, "IMAP.AccessAsApp"));

        TokenResult result = check(appOnly(OAuthProtocol.IMAP), OAuthProtocol.IMAP, null, "secret-value");

        assertThat(result).isInstanceOf(TokenResult.Success.class);
        TokenResult.Success success = (TokenResult.Success) result;
        assertThat(success.misfits()).isEmpty();
        assertThat(success.claims().audience()).isEqualTo(EXO);
        assertThat(success.claims().roles()).containsExactly("IMAP.AccessAsApp");
        assertThat(success.claims().tenantId()).isEqualTo(TENANT);
        assertThat(success.claims().appId()).isEqualTo(CLIENT);
        assertThat(success.claims().scopes()).isEmpty();
        assertThat(success.token().toString()).doesNotContain(success.token().forXoauth2()).contains("hidden");
        String body = idp.requests().get(idp.requests().size() - 1).body();
        assertThat(body).contains("grant_type=client_credentials").contains("outlook.office365.com%2F.default");
        assertThat(idp.requests().get(0).url().toString())
                .isEqualTo("https://login.microsoftonline.com/" + TENANT + "/oauth2/v2.0/token");
    }

    @Test
    void aSecretShapedLikeAGuidIsTheSecretsIdAndNoTokenIsRequested() throws Exception {
        idp.answering(FakeIdentityProvider.appOnlyToken(EXO, "IMAP.AccessAsApp"));

        TokenResult result = check(appOnly(OAuthProtocol.IMAP), OAuthProtocol.IMAP, null, "6f1c2f0e-54f5-4c0b-a1b2-3c4d5e6f7a8b");

        assertThat(result).isInstanceOf(TokenResult.Failure.class);
        TokenFailure failure = ((TokenResult.Failure) result).failure();
        assertThat(failure.code()).isEqualTo("secret_id_pasted");
        assertThat(failure.action()).contains("secret's ID, not its Value").doesNotContain("6f1c2f0e");
        assertThat(idp.requests()).isEmpty();
    }

    @Test
    void passwordGrantGetsADelegatedToken() throws Exception {
        idp.answering(FakeIdentityProvider.delegatedToken("https://outlook.office.com",
                "IMAP.AccessAsUser.All offline_access", "test@contoso.com"));

        TokenResult result = check(delegated(OAuthProtocol.IMAP), OAuthProtocol.IMAP, "test@contoso.com", "pw");

        assertThat(result).isInstanceOf(TokenResult.Success.class);
        TokenResult.Success success = (TokenResult.Success) result;
        assertThat(success.misfits()).isEmpty();
        assertThat(success.claims().scopes()).contains("IMAP.AccessAsUser.All");
        assertThat(success.claims().user()).isEqualTo("test@contoso.com");
        assertThat(idp.requests()).anySatisfy(r -> assertThat(r.url().getPath()).contains("/userrealm/"));
        assertThat(idp.requests().get(idp.requests().size() - 1).body()).contains("grant_type=password")
                .contains("IMAP.AccessAsUser.All").contains("offline_access");
    }

    @Test
    void aTokenForTheWrongProtocolIsNamed() throws Exception {
        idp.answering(FakeIdentityProvider.appOnlyToken("https://graph.microsoft.com", "Mail.Read"));

        TokenResult.Success success = (TokenResult.Success) check(appOnly(OAuthProtocol.IMAP), OAuthProtocol.IMAP, null, "s");

        assertThat(success.misfits()).extracting(v -> v.fieldLabel()).containsExactly("aud", "roles");
    }

    @Test
    void invalidGrantAsksToCheckTheSignIn() throws Exception {
        idp.answering(request -> FakeIdentityProvider.json(400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"The grant is invalid\"}"));

        assertThat(failure(delegated(OAuthProtocol.IMAP)).code()).isEqualTo("invalid_grant");
    }

    @Test
    void eachAadstsCodeGivesItsAdminAction() throws Exception {
        expect(FakeIdentityProvider.error(401, "invalid_client", 7000218, "The request body must contain client_secret."),
                delegated(OAuthProtocol.IMAP), "AADSTS7000218", "Allow public client flows");
        expect(FakeIdentityProvider.error(401, "invalid_client", 7000215, "Invalid client secret provided."),
                appOnly(OAuthProtocol.IMAP), "AADSTS7000215", "secret Value");
        expect(FakeIdentityProvider.error(400, "invalid_grant", 65001, "The user or administrator has not consented."),
                delegated(OAuthProtocol.IMAP), "AADSTS65001", "Grant admin consent");
        expect(FakeIdentityProvider.error(400, "invalid_grant", 50076, "Due to a configuration change, MFA."),
                delegated(OAuthProtocol.IMAP), "AADSTS50076", "disable MFA");
        expect(FakeIdentityProvider.error(400, "invalid_grant", 50126, "Invalid username or password."),
                delegated(OAuthProtocol.IMAP), "AADSTS50126", "check the credentials");
        expect(FakeIdentityProvider.error(400, "unauthorized_client", 700016, "Application not found."),
                appOnly(OAuthProtocol.IMAP), "AADSTS700016", "Application (client) ID");
        expect(FakeIdentityProvider.error(400, "invalid_request", 90002, "Tenant not found."),
                appOnly(OAuthProtocol.IMAP), "AADSTS90002", "Directory (tenant) ID");
    }

    @Test
    void anUnreachableAuthoritySaysSo() throws Exception {
        idp.answering(request -> {
            throw new ConnectException("Connection refused");
        });
        TokenFailure failure = failure(appOnly(OAuthProtocol.IMAP));
        assertThat(failure.code()).isEqualTo("unreachable");
        assertThat(failure.detail()).contains("nothing accepts connections on that port").doesNotContain("Connection refused");
    }

    @Test
    void aClosedPortOnLoopbackIsUnreachableWithMsalsOwnClient() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        IdentityProviderSettings local = new IdentityProviderSettings(null, false,
                "https://localhost:" + port + "/" + TENANT + "/v2.0", Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofSeconds(10));
        TokenChecker checker = new TokenChecker(local, executor, Clock.systemUTC());
        TokenResult result = checker.check(new TokenRequest(appOnly(OAuthProtocol.IMAP), OAuthProtocol.IMAP, null,
                "s".toCharArray())).get(15, TimeUnit.SECONDS);

        assertThat(result).isInstanceOf(TokenResult.Failure.class);
        assertThat(((TokenResult.Failure) result).failure().code()).isEqualTo("unreachable");
    }

    @Test
    void aSilentAuthorityTimesOut() throws Exception {
        idp.answering(request -> {
            Thread.sleep(5_000);
            return null;
        });
        TokenChecker checker = new TokenChecker(IdentityProviderSettings.fake(idp, Duration.ofMillis(300)), executor,
                Clock.systemUTC());
        TokenResult result = checker.check(new TokenRequest(appOnly(OAuthProtocol.IMAP), OAuthProtocol.IMAP, null,
                "s".toCharArray())).get(5, TimeUnit.SECONDS);

        assertThat(((TokenResult.Failure) result).failure().code()).isEqualTo("timeout");
        assertThat(result.took()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void theCallerCanCancel() {
        idp.answering(request -> {
            Thread.sleep(5_000);
            return null;
        });
        char[] secret = "s".toCharArray();
        TokenRequest request = new TokenRequest(appOnly(OAuthProtocol.IMAP), OAuthProtocol.IMAP, null, secret);
        CompletableFuture<TokenResult> running = checker().check(request);

        assertThat(running.cancel(true)).isTrue();
        assertThat(running).isCancelled();
        org.assertj.core.api.Assertions.assertThatThrownBy(running::join).isInstanceOf(CancellationException.class);
        assertThat(request.secret()).containsOnly('\0');
    }

    @Test
    void theRequestNeverPrintsItsSecret() {
        TokenRequest request = new TokenRequest(delegated(OAuthProtocol.IMAP), OAuthProtocol.IMAP, "u", "hunter2".toCharArray());
        assertThat(request.toString()).doesNotContain("hunter2").contains("hidden");
    }

    private void expect(FakeIdentityProvider.Answer answer, AzureAppRegistration registration, String code,
                        String actionWords) throws Exception {
        idp.answering(answer);
        TokenFailure failure = failure(registration);
        assertThat(failure.code()).isEqualTo(code);
        assertThat(failure.action()).contains(actionWords);
        assertThat(failure.detail()).startsWith(code).doesNotContain("Trace ID");
    }

    private TokenFailure failure(AzureAppRegistration registration) throws Exception {
        TokenResult result = check(registration, OAuthProtocol.IMAP, "test@contoso.com", "secret");
        assertThat(result).isInstanceOf(TokenResult.Failure.class);
        return ((TokenResult.Failure) result).failure();
    }

    private TokenResult check(AzureAppRegistration registration, OAuthProtocol protocol, String login, String secret)
            throws Exception {
        return checker().check(new TokenRequest(registration, protocol, login, secret.toCharArray()))
                .get(10, TimeUnit.SECONDS);
    }

    private TokenChecker checker() {
        return new TokenChecker(IdentityProviderSettings.fake(idp, Duration.ofSeconds(5)), executor, Clock.systemUTC());
    }

    static AzureAppRegistration appOnly(OAuthProtocol protocol) {
        return new AzureAppRegistration("Mailroom", CLIENT, TENANT, Cloud.GLOBAL, AccountType.SINGLE_TENANT,
                GrantType.CLIENT_CREDENTIALS, EnumSet.of(protocol));
    }

    static AzureAppRegistration delegated(OAuthProtocol protocol) {
        return new AzureAppRegistration("Mailroom", CLIENT, TENANT, Cloud.GLOBAL, AccountType.MULTI_TENANT,
                GrantType.PASSWORD, EnumSet.of(protocol));
    }
}
