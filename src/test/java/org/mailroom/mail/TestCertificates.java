package org.mailroom.mail;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The test certificates under src/test/resources (self-signed, made with keytool, password "changeit"):
 * localhost.p12 names localhost and 127.0.0.1; otherhost.p12 names only mail.example.org.
 */
final class TestCertificates {

    static final String PASSWORD = "changeit";

    private TestCertificates() {
    }

    static Path localhostKeystore() {
        return path("localhost.p12");
    }

    static String localhostSha256() {
        return Fingerprints.sha256(certificate("localhost.p12"));
    }

    static String otherHostSha256() {
        return Fingerprints.sha256(certificate("otherhost.p12"));
    }

    /** A server-side TLS context for the scripted servers. */
    static SSLContext serverContext(String keystore) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keystore), PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(String keystore) {
        try {
            return (X509Certificate) load(keystore).getCertificate("mail");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore load(String keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = TestCertificates.class.getResourceAsStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static Path path(String keystore) {
        try {
            return Path.of(TestCertificates.class.getResource(keystore).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
