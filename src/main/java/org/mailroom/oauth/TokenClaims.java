package org.mailroom.oauth;

import java.time.Instant;
import java.util.List;

/**
 * The claims of an access token the wizard shows and checks. Read without checking the signature: the
 * token came straight from the identity provider over TLS, and Exchange Online checks it again anyway.
 *
 * @param scopes delegated permissions (scp claim, space separated in the token)
 * @param roles  application permissions (roles claim)
 * @param appId  the app the token was issued to (appid in v1 tokens, azp in v2 tokens)
 */
public record TokenClaims(String audience, List<String> scopes, List<String> roles, String tenantId, String appId,
                          Instant expiresAt, String user) {

    public TokenClaims {
        scopes = List.copyOf(scopes);
        roles = List.copyOf(roles);
    }
}
