package org.mailroom.mail;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.mailroom.mail.ProbeExceptions.HostNameMismatchException;
import org.mailroom.mail.ProbeExceptions.UntrustedCertificateException;

/**
 * Trusts what the system trusts, plus exactly one pinned certificate; there is no "trust all". Chain and
 * host name are judged separately so the report can say which one failed. The host name check is the JDK's
 * own (Angus asks for it through the socket's endpoint identification algorithm); running it against a trust
 * store that holds only the leaf keeps it on for a pinned certificate too.
 */
final class PinningTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager system;
    private final String pinnedSha256;
    private final TlsObservation observation;

    PinningTrustManager(X509ExtendedTrustManager system, String pinnedSha256, TlsObservation observation) {
        this.system = system;
        this.pinnedSha256 = pinnedSha256;
        this.observation = observation;
    }

    static X509ExtendedTrustManager systemDefault() {
        return trustManagerFor(null);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkChain(chain, authType);
        checkHostName(chain, () -> leafOnly(chain[0]).checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkChain(chain, authType);
        checkHostName(chain, () -> leafOnly(chain[0]).checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        checkChain(chain, authType);
    }

    private void checkChain(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new UntrustedCertificateException("the server sent no certificate", null);
        }
        CertificateException systemVerdict = null;
        try {
            system.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            systemVerdict = e;
        }
        boolean pinned = pinnedSha256 != null && pinnedSha256.equals(Fingerprints.sha256(chain[0]));
        observation.certificate(chain[0], systemVerdict == null, pinned);
        if (systemVerdict != null && !pinned) {
            throw new UntrustedCertificateException("certificate not trusted: " + Fingerprints.sha256(chain[0]),
                    systemVerdict);
        }
    }

    private void checkHostName(X509Certificate[] chain, HostCheck check) throws CertificateException {
        try {
            check.run();
            observation.hostNameMatches(true);
        } catch (CertificateException e) {
            observation.hostNameMatches(false);
            throw new HostNameMismatchException(e.getMessage(), e);
        }
    }

    private static X509ExtendedTrustManager leafOnly(X509Certificate leaf) throws CertificateException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("server", leaf);
            return trustManagerFor(store);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new CertificateException("cannot check the host name", e);
        }
    }

    private static X509ExtendedTrustManager trustManagerFor(KeyStore anchors) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(anchors);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("no X509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load trusted certificates", e);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("a mail client does not accept clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("a mail client does not accept clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a mail client does not accept clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }

    @FunctionalInterface
    private interface HostCheck {
        void run() throws CertificateException;
    }
}
