package org.mailroom.oauth;

import java.time.Duration;
import java.util.List;
import org.mailroom.domain.Violation;

/** The outcome of a token check: a token with its claims and how they fit, or the admin's next action. */
public sealed interface TokenResult {

    Duration took();

    /** @param misfits empty when audience and scopes/roles fit the protocol */
    record Success(AccessToken token, TokenClaims claims, List<Violation> misfits, Duration took) implements TokenResult {
        public Success {
            misfits = List.copyOf(misfits);
        }
    }

    record Failure(TokenFailure failure, Duration took) implements TokenResult {
    }
}
