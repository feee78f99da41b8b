package org.mailroom.oauth;

import com.microsoft.aad.msal4j.IHttpClient;
import java.time.Duration;

/**
 * How the token checker reaches the identity provider. Production uses {@link #defaults()}; tests swap in an
 * in-process {@link IHttpClient} and turn instance discovery off so nothing leaves the machine.
 *
 * @param httpClient        null for msal4j's own HTTPS client
 * @param instanceDiscovery msal4j asks Microsoft which authorities are known; off only for fakes
 * @param oidcAuthority     null to sign in at the registration's cloud; else an OIDC authority such as
 *                          {@code https://localhost:8443/TENANT/v2.0} (a local test server)
 * @param connectTimeout    for msal4j's own client
 * @param readTimeout       for msal4j's own client
 * @param overallTimeout    the whole check, after which it fails as "timeout"
 */
public record IdentityProviderSettings(IHttpClient httpClient, boolean instanceDiscovery, String oidcAuthority,
                                       Duration connectTimeout, Duration readTimeout, Duration overallTimeout) {

    public static IdentityProviderSettings defaults() {
        return new IdentityProviderSettings(null, true, null, Duration.ofSeconds(10), Duration.ofSeconds(15),
                Duration.ofSeconds(30));
    }

    /** Answers in-process: no DNS, no sockets. */
    public static IdentityProviderSettings fake(IHttpClient httpClient, Duration overallTimeout) {
        return new IdentityProviderSettings(httpClient, false, null, Duration.ofSeconds(2), Duration.ofSeconds(2),
                overallTimeout);
    }
}
