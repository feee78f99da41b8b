package org.mailroom.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.TokenChecker;
import org.mailroom.oauth.TokenRequest;
import org.mailroom.oauth.TokenResult;
import org.mailroom.testing.FakeIdentityProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A token check (msal4j) against the in-process identity provider of the tests, as the OAuth wizard's verification
 * page runs it: what Mailroom and msal4j add to the round trip to Microsoft. A new checker each time, as the wizard
 * makes one per check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TokenCheckBenchmark {

    private static final String EXO = "https://outlook.office365.com";

    private final FakeIdentityProvider appOnly = new FakeIdentityProvider()
            .answering(FakeIdentityProvider.appOnlyToken(EXO, "IMAP.AccessAsApp"));
    private final FakeIdentityProvider delegated = new FakeIdentityProvider()
            .answering(FakeIdentityProvider.delegatedToken("https://outlook.office.com",
                    "IMAP.AccessAsUser.All offline_access", "test@contoso.com"));
    private ExecutorService executor;

    @Setup
    public void setUp() {
        executor = Executors.newCachedThreadPool();
    }

    @Benchmark
    public TokenResult clientCredentials() throws Exception {
        return check(appOnly, GrantType.CLIENT_CREDENTIALS, AccountType.SINGLE_TENANT, null, "secret-value");
    }

    @Benchmark
    public TokenResult passwordGrant() throws Exception {
        return check(delegated, GrantType.PASSWORD, AccountType.MULTI_TENANT, "test@contoso.com", "pw");
    }

    @TearDown
    public void tearDown() {
        executor.shutdownNow();
    }

    private TokenResult check(FakeIdentityProvider idp, GrantType grant, AccountType account, String login, String secret)
            throws Exception {
        AzureAppRegistration registration = new AzureAppRegistration("Mailroom", FakeIdentityProvider.CLIENT,
                FakeIdentityProvider.TENANT, Cloud.GLOBAL, account, grant, EnumSet.of(OAuthProtocol.IMAP));
        TokenResult result = new TokenChecker(IdentityProviderSettings.fake(idp, Duration.ofSeconds(5)), executor,
                Clock.systemUTC()).check(new TokenRequest(registration, OAuthProtocol.IMAP, login, secret.toCharArray()))
                .get(10, TimeUnit.SECONDS);
        if (!(result instanceof TokenResult.Success)) {
            throw new IllegalStateException("no token: " + result);
        }
        return result;
    }
}
