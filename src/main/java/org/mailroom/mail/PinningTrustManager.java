package org.mailroom.mail;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.security.auth.x500.X500Principal;
import org.mailroom.mail.ProbeExceptions.CertificateDatesException;
import org.mailroom.mail.ProbeExceptions.HostNameMismatchException;
import org.mailroom.mail.ProbeExceptions.PinMismatchException;
import org.mailroom.mail.ProbeExceptions.UntrustedCertificateException;
import org.mailroom.text.Text;

/**
 * Trusts what the system trusts, plus exactly one pinned certificate; there is no "trust all". Chain and
 * host name are judged separately so the report can say which one failed. The host name check is the JDK's
 * own (Angus asks for it through the socket's endpoint identification algorithm); running it against a trust
 * store that holds only the leaf keeps it on for a pinned certificate too.
 */
public final class PinningTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager system;
    private final String pinnedSha256;
    private final TlsObservation observation;
    private final Clock clock;

    PinningTrustManager(X509ExtendedTrustManager system, String pinnedSha256, TlsObservation observation) {
        this(system, pinnedSha256, observation, Clock.systemUTC());
    }

    /** @param clock today, against which the certificate's validity dates are checked */
    public PinningTrustManager(X509ExtendedTrustManager system, String pinnedSha256, TlsObservation observation, Clock clock) {
        this.system = system;
        this.pinnedSha256 = pinnedSha256;
        this.observation = observation;
        this.clock = clock;
    }

    /** The system's trusted authorities, read once: parsing the trust store took longer than a local test's round trip. */
    public static X509ExtendedTrustManager systemDefault() {
        return SystemTrust.MANAGER;
    }

    /**
     * After a handshake: when it resumed a session (the server sent no certificate, so none was judged), judges the
     * certificates the session was made with as a full handshake's would be, chain, pin and dates. The session was
     * made by a handshake of the same shared context for the same host name, whose host name check it passed.
     */
    public void established(SSLSession session) throws CertificateException {
        if (observation.judged()) {
            return;
        }
        Certificate[] peer;
        try {
            peer = session.getPeerCertificates();
        } catch (SSLPeerUnverifiedException e) {
            throw new UntrustedCertificateException("the session has no certificate", e);
        }
        X509Certificate[] chain = Arrays.stream(peer).map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
        checkChain(chain, "UNKNOWN");
        observation.hostNameMatches(true);
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
        CertificateException systemVerdict = systemVerdict(chain, authType);
        String own = Fingerprints.sha256(chain[0]);
        boolean pinned = pinnedSha256 != null && pinnedSha256.equals(own);
        observation.certificate(chain[0], systemVerdict == null, pinned);
        checkDates(chain[0], systemVerdict);
        if (systemVerdict != null && !pinned) {
            if (pinnedSha256 != null) {
                throw new PinMismatchException(Text.get("probe.reason.pinMismatch", pinnedSha256, own), systemVerdict);
            }
            throw new UntrustedCertificateException("certificate not trusted: " + own, systemVerdict);
        }
    }

    /** What the system's trust store says of the chain: null when it trusts it, else why not. */
    private CertificateException systemVerdict(X509Certificate[] chain, String authType) {
        if (chain.length == 1 && noAuthorityNamed(chain[0])) {
            // A lone certificate (a self-signed one, typically pinned) whose issuer no trusted authority is: the JDK
            // would search its trust store in vain, a tenth of a local Graph test's CPU, for the same verdict. The
            // report's reason ends with the innermost message, so that one names the issuer in words.
            return new CertificateException("no certificate authority this workstation trusts issued it", new CertPathBuilderException(
                    "issued by " + chain[0].getIssuerX500Principal() + ", which this workstation does not trust"));
        }
        try {
            system.checkServerTrusted(chain, authType);
            return null;
        } catch (CertificateException e) {
            return e;
        }
    }

    /** Whether no trusted authority has the certificate's issuer, or the certificate's own subject, as its name. */
    private boolean noAuthorityNamed(X509Certificate certificate) {
        X500Principal issuer = certificate.getIssuerX500Principal();
        X500Principal subject = certificate.getSubjectX500Principal();
        for (X509Certificate authority : system.getAcceptedIssuers()) {
            X500Principal name = authority.getSubjectX500Principal();
            if (name.equals(issuer) || name.equals(subject)) {
                return false;
            }
        }
        return true;
    }

    /** An expired (or not yet valid) certificate fails whatever trusts it: a pin says "this one", not "any time". */
    private void checkDates(X509Certificate leaf, CertificateException cause) throws CertificateDatesException {
        Date now = Date.from(clock.instant());
        String from = DateTimeFormatter.ISO_LOCAL_DATE.format(leaf.getNotBefore().toInstant().atOffset(ZoneOffset.UTC));
        String until = DateTimeFormatter.ISO_LOCAL_DATE.format(leaf.getNotAfter().toInstant().atOffset(ZoneOffset.UTC));
        if (now.after(leaf.getNotAfter())) {
            throw new CertificateDatesException(true, Text.get("probe.reason.certificateExpired", until, from), cause);
        }
        if (now.before(leaf.getNotBefore())) {
            throw new CertificateDatesException(false, Text.get("probe.reason.certificateNotYetValid", from, until), cause);
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

    private static final class SystemTrust {
        static final X509ExtendedTrustManager MANAGER = trustManagerFor(null);
    }

    @FunctionalInterface
    private interface HostCheck {
        void run() throws CertificateException;
    }
}
