package org.mailroom.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away certificate for the made-up test hosts, made once per run with the JDK's keytool, and the two
 * sides that use it: a server context holding the key, a client context trusting only this certificate.
 */
final class TestTls {

    static final String HOSTS = "dns:imap.example.test,dns:smtp.example.test,dns:localhost,ip:127.0.0.1";
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static KeyStore keyStore;

    private TestTls() {
    }

    static synchronized KeyStore keyStore() throws Exception {
        if (keyStore == null) {
            Path dir = Files.createTempDirectory("mailroom-tls");
            Path file = dir.resolve("test.p12");
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "mail", "-keyalg", "EC",
                    "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=imap.example.test",
                    "-ext", "SAN=" + HOSTS, "-keystore", file.toString(), "-storetype", "PKCS12",
                    "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                    .redirectErrorStream(true).start();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed: " + new String(process.getInputStream().readAllBytes()));
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, PASSWORD);
            }
            Files.delete(file);
            Files.delete(dir);
            keyStore = store;
        }
        return keyStore;
    }

    static SSLContext server() throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore(), PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    static SSLContext client() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
