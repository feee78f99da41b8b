package org.mailroom.oauth;

import java.util.Arrays;

/**
 * What the token check needs. The secret is the client secret (client credentials) or the test mailbox's
 * password (password grant); the checker wipes its own copy when done, the caller wipes theirs.
 *
 * @param login the test mailbox's login (password grant only; ignored for client credentials)
 */
public record TokenRequest(AzureAppRegistration registration, OAuthProtocol protocol, String login, char[] secret) {

    public TokenRequest {
        registration = registration.normalized();
        secret = secret == null ? new char[0] : secret.clone();
    }

    @Override
    public char[] secret() {
        return secret.clone();
    }

    /** Forgets the secret of this request. */
    public void wipe() {
        Arrays.fill(secret, '\0');
    }

    @Override
    public boolean equals(Object other) {
        return this == other; // a request holding a secret is never "equal" by value
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "TokenRequest[" + registration.clientId() + ", " + protocol + ", " + registration.grant() + ", "
                + login + ", secret hidden]";
    }
}
