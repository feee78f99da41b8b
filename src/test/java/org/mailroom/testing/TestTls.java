package org.mailroom.testing;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.mailroom.mail.Fingerprints;

/**
 * The tests' TLS certificates: self-signed keystores under src/test/resources/org/mailroom/testing/tls (made with
 * keytool, RSA 2048, valid for 100 years unless named for their dates, alias "mail", password "changeit"), and the two sides that use one: a
 * server context holding its key, and a client context that trusts that certificate only.
 */
public enum TestTls {

    /** Names localhost and 127.0.0.1; GreenMail's certificate in every test JVM (the surefire configuration). */
    LOCALHOST("localhost.p12"),
    /** Names only mail.example.org: a certificate that fits none of the test servers. */
    OTHER_HOST("otherhost.p12"),
    /** Names imap.example.test, smtp.example.test, localhost and 127.0.0.1: the made-up hosts detection probes. */
    EXAMPLE_TEST("example-test.p12"),
    /** Names localhost and 127.0.0.1, valid only in January 2020: long expired. */
    EXPIRED("expired.p12"),
    /** Names localhost and 127.0.0.1, valid only from 2100: not valid yet. */
    NOT_YET_VALID("notyet.p12");

    public static final String PASSWORD = "changeit";

    private final String file;
    private volatile KeyStore keyStore;

    TestTls(String file) {
        this.file = file;
    }

    /** The keystore file, e.g. for GreenMail's greenmail.tls.keystore.file. */
    public Path keystore() {
        try {
            return Path.of(TestTls.class.getResource(resource()).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public X509Certificate certificate() {
        try {
            return (X509Certificate) keyStore().getCertificate("mail");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate's SHA-256 fingerprint as Mailroom shows and pins it. */
    public String sha256() {
        return Fingerprints.sha256(certificate());
    }

    /** A server-side TLS context presenting this certificate. */
    public SSLContext serverContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(), PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client-side TLS context that trusts this certificate and no other. */
    public SSLContext clientContext() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keyStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private KeyStore keyStore() throws Exception {
        KeyStore loaded = keyStore;
        if (loaded == null) {
            loaded = KeyStore.getInstance("PKCS12");
            try (InputStream in = TestTls.class.getResourceAsStream(resource())) {
                loaded.load(in, PASSWORD.toCharArray());
            }
            keyStore = loaded;
        }
        return loaded;
    }

    private String resource() {
        return "tls/" + file;
    }
}
