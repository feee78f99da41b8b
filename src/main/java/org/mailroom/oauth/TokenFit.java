package org.mailroom.oauth;

import org.mailroom.domain.Cloud;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mailroom.domain.Field;
import org.mailroom.domain.Violation;

/** Whether a token's audience and permissions fit the protocol it is meant for. */
public final class TokenFit {

    private TokenFit() {
    }

    /** Empty when the token fits; otherwise one violation per claim that is wrong, naming the claim. */
    public static List<Violation> check(TokenClaims claims, OAuthProtocol protocol, GrantType grant, Cloud cloud,
                                        Instant now) {
        List<Violation> misfits = new ArrayList<>();
        if (!TokenScopes.audienceFits(claims.audience(), protocol, cloud)) {
            misfits.add(Violation.of(Field.AUDIENCE, "oauth.token.wrongAudience", claims.audience(),
                    String.join(", ", TokenScopes.acceptedAudiences(protocol, cloud))));
        }
        boolean delegated = grant == GrantType.PASSWORD;
        List<String> held = delegated ? claims.scopes() : claims.roles();
        for (String needed : TokenScopes.claimNames(protocol, grant)) {
            if (!held.contains(needed)) {
                misfits.add(Violation.of(delegated ? Field.SCOPES : Field.ROLES,
                        delegated ? "oauth.token.missingScope" : "oauth.token.missingRole", needed));
            }
        }
        if (claims.expiresAt() != null && !claims.expiresAt().isAfter(now)) {
            misfits.add(Violation.of(Field.EXPIRY, "oauth.token.expired", claims.expiresAt()));
        }
        return List.copyOf(misfits);
    }
}
