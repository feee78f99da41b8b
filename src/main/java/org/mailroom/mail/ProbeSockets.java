package org.mailroom.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.SocketFactory;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.mailroom.mail.ProbeExceptions.CancelledException;

/**
 * The socket factories handed to Angus. They let Angus do all protocol and TLS work, and only watch: when
 * TCP connected and TLS started and finished, which certificate came, and which sockets to close on cancel.
 */
final class ProbeSockets {

    private final Timeline timeline;
    private final TlsObservation tls;
    private final PinningTrustManager trust;
    private final SSLSocketFactory tlsFactory;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;
    private volatile InetAddress remote;
    private volatile SSLSocket tlsSocket;

    /** @param sessions shared in Test all (a resumed session's certificate is judged again after the handshake) */
    ProbeSockets(Timeline timeline, TlsObservation tls, String pinnedSha256, TlsSessions sessions) {
        this.timeline = timeline;
        this.tls = tls;
        this.trust = new PinningTrustManager(PinningTrustManager.systemDefault(), pinnedSha256, tls);
        this.tlsFactory = sessions.context(pinnedSha256, trust).getSocketFactory();
    }

    /** For {@code mail.<proto>.socketFactory}: plain TCP, used without TLS and before STARTTLS. */
    SocketFactory plain() {
        return new PlainFactory();
    }

    /** For {@code mail.<proto>.ssl.socketFactory}: layers TLS on the connected socket, implicit or STARTTLS. */
    SSLSocketFactory tls() {
        return new TlsFactory();
    }

    /**
     * Reads the TLS session once the login went through: the handshake listener runs on a thread of its own
     * and may not have reported yet. A resumed session's certificate is judged here, as the handshake judged none.
     */
    void recordFinishedHandshake() throws SSLHandshakeException {
        SSLSocket socket = tlsSocket;
        if (socket != null) {
            SSLSession session = socket.getSession();
            tls.session(session);
            timeline.mark(Timeline.Mark.TLS_DONE);
            try {
                trust.established(session);
            } catch (CertificateException e) {
                SSLHandshakeException refused = new SSLHandshakeException(e.getMessage());
                refused.initCause(e);
                throw refused;
            }
        }
    }

    InetAddress remoteAddress() {
        return remote;
    }

    /** Closing the sockets is what unblocks a read or connect in another thread; interrupts do not. */
    void cancel() {
        cancelled = true;
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all we can do
            }
        }
    }

    private void checkCancelled() throws CancelledException {
        if (cancelled) {
            throw new CancelledException();
        }
    }

    private void connected(Socket socket) throws CancelledException {
        remote = socket.getInetAddress();
        timeline.mark(Timeline.Mark.CONNECTED);
        checkCancelled();
    }

    /** A plain socket that registers itself for cancel and marks when it connected. */
    private final class WatchedSocket extends Socket {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            open.add(this);
            checkCancelled();
            super.connect(endpoint, timeout);
            connected(this);
        }
    }

    private final class PlainFactory extends SocketFactory {
        @Override
        public Socket createSocket() {
            return new WatchedSocket();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            throw new UnsupportedOperationException("Angus creates unconnected sockets");
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            throw new UnsupportedOperationException("Angus creates unconnected sockets");
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            throw new UnsupportedOperationException("Angus creates unconnected sockets");
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            throw new UnsupportedOperationException("Angus creates unconnected sockets");
        }
    }

    private final class TlsFactory extends SSLSocketFactory {
        @Override
        public Socket createSocket(Socket connected, String host, int port, boolean autoClose) throws IOException {
            open.add(connected);
            connected(connected); // with implicit TLS, Angus connected this socket itself
            timeline.mark(Timeline.Mark.TLS_STARTED);
            SSLSocket socket = (SSLSocket) tlsFactory.createSocket(connected, host, port, autoClose);
            SSLParameters parameters = socket.getSSLParameters();
            // Angus sets this too (checkserveridentity); set here so the host name check cannot go missing
            parameters.setEndpointIdentificationAlgorithm("LDAPS");
            socket.setSSLParameters(parameters);
            tlsSocket = socket;
            socket.addHandshakeCompletedListener(event -> {
                tls.session(event.getSession());
                timeline.mark(Timeline.Mark.TLS_DONE);
            });
            return socket;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return tlsFactory.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return tlsFactory.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            throw new UnsupportedOperationException("Angus layers TLS on its own sockets");
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            throw new UnsupportedOperationException("Angus layers TLS on its own sockets");
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            throw new UnsupportedOperationException("Angus layers TLS on its own sockets");
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            throw new UnsupportedOperationException("Angus layers TLS on its own sockets");
        }
    }
}
