package org.mailroom.mail;

import java.security.cert.X509Certificate;
import javax.net.ssl.SSLSession;

/** What the trust manager and the socket factory saw of a TLS handshake, filled in while it runs. */
public final class TlsObservation {

    private volatile X509Certificate certificate;
    private volatile boolean chainTrusted;
    private volatile boolean pinned;
    private volatile Boolean hostNameMatches;
    private volatile String protocol;
    private volatile String cipherSuite;

    void certificate(X509Certificate leaf, boolean trusted, boolean matchesPin) {
        certificate = leaf;
        chainTrusted = trusted;
        pinned = matchesPin;
    }

    /** Whether a certificate was judged (a resumed handshake brings none). */
    boolean judged() {
        return certificate != null;
    }

    void hostNameMatches(boolean matches) {
        hostNameMatches = matches;
    }

    public void session(SSLSession session) {
        protocol = session.getProtocol();
        cipherSuite = session.getCipherSuite();
    }

    public TlsInfo snapshot() {
        X509Certificate leaf = certificate;
        if (leaf == null && protocol == null) {
            return null;
        }
        return new TlsInfo(protocol, cipherSuite, leaf == null ? null : CertificateInfo.of(leaf), chainTrusted, pinned,
                hostNameMatches);
    }
}
