package org.mailroom.oauth;

import com.microsoft.aad.msal4j.AbstractClientApplicationBase;
import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.UserNamePasswordParameters;
import java.net.MalformedURLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.mailroom.text.Text;

/**
 * Gets a token the way E-mail Server will (password grant or client credentials with a secret), decodes its
 * claims and says whether they fit the protocol. Runs on the given executor; the returned future can be
 * cancelled and fails as "timeout" after {@link IdentityProviderSettings#overallTimeout()}.
 */
public final class TokenChecker {

    private final IdentityProviderSettings settings;
    private final ExecutorService executor;
    private final Clock clock;

    /** @param executor runs msal4j's work; the caller owns and shuts it down (the UI's background executor) */
    public TokenChecker(IdentityProviderSettings settings, ExecutorService executor, Clock clock) {
        this.settings = settings;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Starts the check. The future never completes exceptionally except by {@code cancel}: failures come as
     * {@link TokenResult.Failure} with the admin's action. The request's secret is wiped when done.
     */
    public CompletableFuture<TokenResult> check(TokenRequest request) {
        long started = System.nanoTime();
        if (request.registration().grant() == GrantType.CLIENT_CREDENTIALS && RegistrationRules.looksLikeSecretId(request.secret())) {
            request.wipe(); // Azure would only answer AADSTS7000215 after a round trip: say why now
            return CompletableFuture.completedFuture(new TokenResult.Failure(new TokenFailure("secret_id_pasted",
                    Text.get("oauth.failure.secretIdPasted", request.registration().name()), ""), since(started)));
        }
        CompletableFuture<IAuthenticationResult> acquiring;
        try {
            acquiring = acquire(request);
        } catch (MalformedURLException | RuntimeException e) {
            request.wipe();
            return CompletableFuture.completedFuture(new TokenResult.Failure(TokenErrors.classify(e), since(started)));
        }
        CompletableFuture<TokenResult> result = acquiring
                .orTimeout(settings.overallTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .handle((answer, error) -> {
                    request.wipe();
                    return error != null
                            ? new TokenResult.Failure(TokenErrors.classify(error), since(started))
                            : success(request, answer, since(started));
                });
        // cancelling the caller's future abandons msal4j's; its HTTP call ends at the read timeout
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                acquiring.cancel(true);
                request.wipe();
            }
        });
        return result;
    }

    // the password grant is deprecated in msal4j 1.26 but it is still what E-mail Server uses
    @SuppressWarnings("deprecation")
    private CompletableFuture<IAuthenticationResult> acquire(TokenRequest request) throws MalformedURLException {
        AzureAppRegistration registration = request.registration();
        Set<String> scopes = TokenScopes.forRequest(request.protocol(), registration.grant(), registration.cloud());
        if (registration.grant() == GrantType.CLIENT_CREDENTIALS) {
            // msal4j takes the secret as a String only; it lives as long as this application object
            ConfidentialClientApplication app = configure(ConfidentialClientApplication.builder(registration.clientId(),
                    ClientCredentialFactory.createFromSecret(new String(request.secret()))), registration).build();
            return app.acquireToken(ClientCredentialParameters.builder(scopes).build());
        }
        PublicClientApplication app = configure(PublicClientApplication.builder(registration.clientId()), registration).build();
        UserNamePasswordParameters parameters =
                UserNamePasswordParameters.builder(scopes, request.login(), request.secret()).build();
        return app.acquireToken(parameters);
    }

    private <T extends AbstractClientApplicationBase.Builder<T>> T configure(T builder, AzureAppRegistration registration)
            throws MalformedURLException {
        if (settings.oidcAuthority() != null) {
            builder.oidcAuthority(settings.oidcAuthority());
        } else {
            builder.authority(registration.authorityWithTenant());
        }
        builder.instanceDiscovery(settings.instanceDiscovery())
                .executorService(executor)
                .logPii(false)
                .connectTimeoutForDefaultHttpClient((int) settings.connectTimeout().toMillis())
                .readTimeoutForDefaultHttpClient((int) settings.readTimeout().toMillis());
        if (settings.httpClient() != null) {
            builder.httpClient(settings.httpClient());
        }
        return builder;
    }

    private TokenResult success(TokenRequest request, IAuthenticationResult answer, Duration took) {
        AccessToken token = new AccessToken(answer.accessToken());
        TokenClaims claims;
        try {
            claims = JwtClaims.decode(answer.accessToken());
        } catch (IllegalArgumentException notAJwt) {
            return new TokenResult.Failure(new TokenFailure("unreadable_token",
                    Text.get("oauth.failure.unreadableToken"), ""), took);
        }
        AzureAppRegistration r = request.registration();
        return new TokenResult.Success(token, claims,
                TokenFit.check(claims, request.protocol(), r.grant(), r.cloud(), clock.instant()), took);
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
