package org.mailroom.mail;

import java.util.Arrays;

/**
 * What a connection test logs in with: a password, or an OAuth access token sent with XOAUTH2.
 * The secret is kept as a char array the caller may {@link #wipe()} after the test; toString never shows it.
 */
public sealed interface Credentials permits Credentials.Password, Credentials.OAuthToken {

    char[] secret();

    /** The SASL mechanism the server must offer, or null when any password mechanism will do. */
    String requiredMechanism();

    default void wipe() {
        Arrays.fill(secret(), '\0');
    }

    static Credentials password(char[] password) {
        return new Password(password.clone());
    }

    static Credentials oauthToken(char[] accessToken) {
        return new OAuthToken(accessToken.clone());
    }

    /** Plain login: Angus picks PLAIN, LOGIN or the protocol's own login command. */
    record Password(char[] secret) implements Credentials {
        @Override
        public String requiredMechanism() {
            return null;
        }

        @Override
        public String toString() {
            return "Password[****]";
        }
    }

    /** XOAUTH2 with an access token; the server must advertise XOAUTH2, there is no fallback. */
    record OAuthToken(char[] secret) implements Credentials {
        @Override
        public String requiredMechanism() {
            return "XOAUTH2";
        }

        @Override
        public String toString() {
            return "OAuthToken[****]";
        }
    }
}
