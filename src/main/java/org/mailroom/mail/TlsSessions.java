package org.mailroom.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS client state the tests of one run share. A test on its own ({@link #unshared()}) makes a full handshake, as E-mail
 * Server's first connection does. In Test all ({@link #perRun()}) the tests that trust the same way (the same pinned
 * fingerprint, or none) share one {@link SSLContext} and so its session cache: the second test of a server still opens its
 * own connection and logs in, but resumes the session the first made, so the server does not sign a handshake again (that
 * signature was most of Test all's CPU time). Each handshake is still judged by the test's own trust manager; a resumed one,
 * which brings no certificate, is judged by {@link PinningTrustManager#resumed} from the session's certificates.
 */
public final class TlsSessions {

    private final boolean shared;
    /** One context per pinned fingerprint ("" for none): a resumed session never skips a different trust decision. */
    private final Map<String, Router> routers = new ConcurrentHashMap<>();

    private TlsSessions(boolean shared) {
        this.shared = shared;
    }

    /** Every test a context, and a full handshake, of its own. */
    public static TlsSessions unshared() {
        return new TlsSessions(false);
    }

    /** Tests that trust alike share a session cache; one instance per run, dropped with it. */
    public static TlsSessions perRun() {
        return new TlsSessions(true);
    }

    /** A context whose handshakes {@code trust} judges; with {@code pin} the fingerprint that trust accepts besides the system's. */
    public SSLContext context(String pin, X509ExtendedTrustManager trust) {
        if (!shared) {
            return initialised(trust);
        }
        Router router = routers.computeIfAbsent(Objects.requireNonNullElse(pin, ""), key -> new Router());
        return new Bound(router, trust);
    }

    private static SSLContext initialised(TrustManager trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available", e);
        }
    }

    /** The shared context's trust: hands each handshake to the trust manager of the test whose socket or engine it is. */
    private static final class Router extends X509ExtendedTrustManager {

        private final Map<Object, X509ExtendedTrustManager> bound = Collections.synchronizedMap(new WeakHashMap<>());
        private final SSLContext context = initialised(this);

        <T> T bind(T socketOrEngine, X509ExtendedTrustManager trust) {
            bound.put(socketOrEngine, trust);
            return socketOrEngine;
        }

        private X509ExtendedTrustManager of(Object socketOrEngine) throws CertificateException {
            X509ExtendedTrustManager trust = bound.get(socketOrEngine);
            if (trust == null) {
                throw new CertificateException("a connection no test made"); // never trusted by default
            }
            return trust;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            of(socket).checkServerTrusted(chain, authType, socket);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            of(engine).checkServerTrusted(chain, authType, engine);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a check without its connection");
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
            return new X509Certificate[0];
        }
    }

    /** One test's view of a shared context: what it creates is judged by the test's own trust manager. */
    private static final class Bound extends SSLContext {
        Bound(Router router, X509ExtendedTrustManager trust) {
            super(new BoundSpi(router, trust), router.context.getProvider(), router.context.getProtocol());
        }
    }

    private static final class BoundSpi extends SSLContextSpi {

        private final Router router;
        private final X509ExtendedTrustManager trust;

        BoundSpi(Router router, X509ExtendedTrustManager trust) {
            this.router = router;
            this.trust = trust;
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
            throw new KeyManagementException("already initialised");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return new BoundSocketFactory(router, trust);
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw new UnsupportedOperationException("a client context");
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return router.bind(router.context.createSSLEngine(), trust);
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return router.bind(router.context.createSSLEngine(host, port), trust);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return router.context.getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return router.context.getClientSessionContext();
        }

        @Override
        protected javax.net.ssl.SSLParameters engineGetDefaultSSLParameters() {
            return router.context.getDefaultSSLParameters();
        }

        @Override
        protected javax.net.ssl.SSLParameters engineGetSupportedSSLParameters() {
            return router.context.getSupportedSSLParameters();
        }
    }

    private static final class BoundSocketFactory extends SSLSocketFactory {

        private final Router router;
        private final X509ExtendedTrustManager trust;
        private final SSLSocketFactory factory;

        BoundSocketFactory(Router router, X509ExtendedTrustManager trust) {
            this.router = router;
            this.trust = trust;
            this.factory = router.context.getSocketFactory();
        }

        @Override
        public Socket createSocket(Socket connected, String host, int port, boolean autoClose) throws IOException {
            return router.bind(factory.createSocket(connected, host, port, autoClose), trust);
        }

        @Override
        public Socket createSocket() throws IOException {
            return router.bind(factory.createSocket(), trust);
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return router.bind(factory.createSocket(host, port), trust);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return router.bind(factory.createSocket(host, port, localHost, localPort), trust);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return router.bind(factory.createSocket(host, port), trust);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            return router.bind(factory.createSocket(address, port, localAddress, localPort), trust);
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return factory.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return factory.getSupportedCipherSuites();
        }
    }
}
