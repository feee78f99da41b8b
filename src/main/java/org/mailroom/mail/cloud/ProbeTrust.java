package org.mailroom.mail.cloud;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509ExtendedTrustManager;
import org.mailroom.mail.PinningTrustManager;
import org.mailroom.mail.TlsInfo;
import org.mailroom.mail.TlsObservation;
import org.mailroom.mail.TlsSessions;

/**
 * The TLS trust of one cloud test: the system's authorities plus exactly the pinned certificate, as for a mail
 * server. The identity provider is reached first and the API afterwards over the same client, so what each
 * handshake showed is kept apart: the report's TLS step is the API's, a token failure shows the identity
 * provider's certificate.
 */
final class ProbeTrust extends X509ExtendedTrustManager {

    private final TlsObservation identitySide = new TlsObservation();
    private final TlsObservation apiSide = new TlsObservation();
    private final PinningTrustManager identity;
    private final PinningTrustManager api;
    private volatile boolean apiPhase;
    private volatile Long apiHandshakeChecked;

    private final String pinnedSha256;

    ProbeTrust(String pinnedSha256, Clock clock) {
        this.pinnedSha256 = pinnedSha256;
        X509ExtendedTrustManager system = PinningTrustManager.systemDefault();
        this.identity = new PinningTrustManager(system, pinnedSha256, identitySide, clock);
        this.api = new PinningTrustManager(system, pinnedSha256, apiSide, clock);
    }

    /** The context of this test's HTTP client: its own, or the run's shared one (Test all), judged by this trust either way. */
    SSLContext context(TlsSessions sessions) {
        return sessions.context(pinnedSha256, this);
    }

    /** From now on handshakes are the API's. */
    void apiPhase() {
        apiPhase = true;
    }

    boolean inApiPhase() {
        return apiPhase;
    }

    /** When the API's certificate was accepted (the handshake's end, near enough), or null without a new handshake. */
    Long apiHandshakeChecked() {
        return apiHandshakeChecked;
    }

    /** After an exchange: the session's protocol and cipher; a resumed session's certificate is judged here. */
    void session(SSLSession session) throws CertificateException {
        (apiPhase ? apiSide : identitySide).session(session);
        side().established(session);
    }

    /** What the report shows: the API's handshake; the identity provider's certificate when the connection was shared. */
    TlsInfo snapshot() {
        TlsInfo own = (apiPhase ? apiSide : identitySide).snapshot();
        TlsInfo shared = identitySide.snapshot();
        if (apiPhase && (own == null || own.certificate() == null) && shared != null && shared.certificate() != null) {
            return new TlsInfo(own == null ? shared.protocol() : own.protocol(), own == null ? shared.cipherSuite() : own.cipherSuite(),
                    shared.certificate(), shared.chainTrusted(), shared.pinned(), shared.hostNameMatches());
        }
        return own;
    }

    private PinningTrustManager side() {
        return apiPhase ? api : identity;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        side().checkServerTrusted(chain, authType, engine);
        checked();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        side().checkServerTrusted(chain, authType, socket);
        checked();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        side().checkServerTrusted(chain, authType);
        checked();
    }

    private void checked() {
        if (apiPhase) {
            apiHandshakeChecked = System.nanoTime();
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        side().checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        side().checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        side().checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return side().getAcceptedIssuers();
    }
}
