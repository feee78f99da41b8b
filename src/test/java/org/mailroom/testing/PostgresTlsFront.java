package org.mailroom.testing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ssl.SSLSocket;

/**
 * The TLS side of the tests' PostgreSQL, on loopback: answers the client's SSLRequest with 'S', completes the TLS
 * handshake with {@link TestTls#LOCALHOST}'s certificate (names localhost and 127.0.0.1) and passes the protocol
 * through to the server behind it. The driver sees a PostgreSQL server with TLS on, as a team runs one, and verifies
 * its certificate and host name ({@code verify-full}); the server behind it needs no key file of its own (which
 * PostgreSQL only reads when its owner runs the server, and the tests may run as root).
 */
final class PostgresTlsFront implements AutoCloseable {

    /** PostgreSQL's SSLRequest code (protocol 1234.5679). */
    private static final int SSL_REQUEST = 80877103;

    private final ServerSocket listener;
    private final int backendPort;
    private volatile boolean closed;

    PostgresTlsFront(int backendPort) throws IOException {
        this.backendPort = backendPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "test-postgres-tls-front");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Thread connection = new Thread(() -> serve(client), "test-postgres-tls-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            // as PostgreSQL does on its own sockets: without it, a reply written in parts waits for the client's
            // delayed acknowledgement (Nagle), tens of milliseconds per query that a real server never adds
            client.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(client.getInputStream());
            int length = in.readInt();
            int code = in.readInt();
            if (length != 8 || code != SSL_REQUEST) {
                return; // a client that does not ask for TLS first gets nothing: this front is TLS only
            }
            client.getOutputStream().write('S');
            client.getOutputStream().flush();
            SSLSocket tls = (SSLSocket) TestTls.LOCALHOST.serverContext().getSocketFactory()
                    .createSocket(client, InetAddress.getLoopbackAddress().getHostAddress(), client.getPort(), true);
            tls.setUseClientMode(false);
            tls.startHandshake();
            try (tls; Socket backend = new Socket(InetAddress.getLoopbackAddress(), backendPort)) {
                backend.setTcpNoDelay(true);
                Thread up = pump(tls.getInputStream(), backend.getOutputStream(), backend);
                pump(backend.getInputStream(), tls.getOutputStream(), tls).join();
                up.join(1000);
            }
        } catch (IOException | InterruptedException e) {
            // the client or the server went away: so does this connection
        }
    }

    private static Thread pump(InputStream from, OutputStream to, Socket closeAfter) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try {
                for (int read; (read = from.read(buffer)) >= 0; ) {
                    to.write(buffer, 0, read);
                    to.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                try {
                    closeAfter.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }, "test-postgres-tls-pump");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
    }
}
