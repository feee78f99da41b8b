package org.mailroom.detect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mailroom.text.Text;

/**
 * How a server lets a client sign in: the {@code <authentication>} values of the ISPDB clientConfig format,
 * including the old spellings real files still carry ({@code plain}, {@code secure}).
 */
public enum AuthMethod {
    PASSWORD_CLEARTEXT("password-cleartext", "plain"),
    PASSWORD_ENCRYPTED("password-encrypted", "secure"),
    NTLM("NTLM"),
    GSSAPI("GSSAPI"),
    OAUTH2("OAuth2"),
    TLS_CLIENT_CERT("TLS-client-cert"),
    CLIENT_IP_ADDRESS("client-IP-address"),
    SMTP_AFTER_POP("smtp-after-pop"),
    NONE("none");

    private final Set<String> words;

    AuthMethod(String... words) {
        this.words = Set.of(Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new));
    }

    /** The method a file's word names, in any case; empty for a word the format does not define. */
    static Optional<AuthMethod> of(String word) {
        String lower = word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.words.contains(lower)).findFirst();
    }

    /** Whether the mailbox form's login and password are what this method signs in with (NTLM hashes the password). */
    public boolean usesPassword() {
        return this == PASSWORD_CLEARTEXT || this == PASSWORD_ENCRYPTED || this == NTLM;
    }

    /** "password (sent inside TLS)", "OAuth 2.0": for the admin, never the file's word. */
    public String label() {
        return Text.get("detect.auth." + name());
    }
}
