package org.mailroom.mail.cloud;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.OAuthProtocol;

/**
 * Which client-credentials token a test of a run can share with another: the same app, authority, API and secret. The
 * secret is kept only as its SHA-256, so the key holds nothing that signs in.
 */
record AppToken(AzureAppRegistration app, String oidcAuthority, OAuthProtocol protocol, String secretSha256) {

    /** The secret's SHA-256; wipes {@code secret} and every copy made on the way. */
    static String digest(char[] secret) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
            Arrays.fill(secret, '\0');
        }
    }
}
