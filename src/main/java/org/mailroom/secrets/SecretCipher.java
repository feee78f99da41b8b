package org.mailroom.secrets;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one place Mailroom encrypts: AES-256-GCM with a random nonce per secret, and keys derived from a
 * passphrase with PBKDF2-HMAC-SHA256. The vault and the export with secrets both use it.
 *
 * <p>A sealed value is {@code version (1 byte) | nonce (12) | ciphertext | tag (16)}. The associated data
 * binds it to where it belongs, so a sealed secret copied to another owner no longer opens.
 * Keys are raw byte arrays so callers can wipe them; the JCE's own copies live only during one call.
 */
public final class SecretCipher {

    public static final int KEY_BYTES = 32;
    public static final int SALT_BYTES = 16;
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    /** A file may ask for more work, not unbounded work: a hostile file must not hang the app. */
    public static final int MAX_ITERATIONS = 10_000_000;
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretCipher() {
    }

    public static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    public static byte[] newKey() {
        return randomBytes(KEY_BYTES);
    }

    /** A 256-bit key from the passphrase; the caller wipes the passphrase and the key. */
    public static byte[] deriveKey(char[] passphrase, byte[] salt, int iterations) {
        if (iterations < ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is missing from this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    public static byte[] seal(byte[] key, byte[] plaintext, String associatedData) {
        byte[] nonce = randomBytes(NONCE_BYTES);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, associatedData);
            ByteBuffer sealed = ByteBuffer.allocate(1 + NONCE_BYTES + cipher.getOutputSize(plaintext.length));
            sealed.put(VERSION).put(nonce);
            cipher.doFinal(ByteBuffer.wrap(plaintext), sealed);
            return sealed.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        }
    }

    /** @throws SecretUnreadableException for a wrong key, another owner's value or a changed byte */
    public static byte[] open(byte[] key, byte[] sealed, String associatedData) {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new SecretUnreadableException();
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES), associatedData);
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new SecretUnreadableException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        }
    }

    public static byte[] sealChars(byte[] key, char[] secret, String associatedData) {
        byte[] plain = utf8(secret);
        try {
            return seal(key, plain, associatedData);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    public static char[] openChars(byte[] key, byte[] sealed, String associatedData) {
        byte[] plain = open(key, sealed, associatedData);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(plain));
            char[] secret = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return secret;
        } catch (CharacterCodingException e) {
            throw new SecretUnreadableException();
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** UTF-8 bytes without going through a String, which could not be wiped. */
    private static byte[] utf8(char[] secret) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] bytes = Arrays.copyOf(encoded.array(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, String associatedData) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    public static void wipe(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    public static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
