package org.mailroom.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A tiny real server on a loopback port that follows a script, for what GreenMail cannot do: stay silent,
 * offer no XOAUTH2 or no AUTH, speak STARTTLS, present a certificate for other names (see {@link TestTls}),
 * answer like Exchange Online. Every line the clients send is recorded, so a test can check what was (not)
 * sent; {@link FakeMailServers} has the scripts.
 */
public final class ScriptedServer implements AutoCloseable {

    @FunctionalInterface
    public interface Script {
        void talk(Conversation conversation) throws IOException;
    }

    private final ServerSocket listener;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    private ScriptedServer(SSLContext implicitTls, Script script) throws IOException {
        listener = implicitTls == null ? new ServerSocket(0, 50, InetAddress.getLoopbackAddress())
                : implicitTls.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket socket = listener.accept();
                    socket.setTcpNoDelay(true); // a reply's lines go out as written, not after the client's delayed ACK
                    accepted.add(socket);
                    Thread talker = new Thread(() -> {
                        try (socket) {
                            script.talk(new Conversation(socket, received));
                        } catch (IOException | RuntimeException ignored) {
                            // the client hung up or failed its handshake, as some tests intend
                        }
                    }, "scripted-server-talk");
                    talker.setDaemon(true);
                    talker.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "scripted-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static ScriptedServer plain(Script script) throws IOException {
        return new ScriptedServer(null, script);
    }

    public static ScriptedServer implicitTls(SSLContext context, Script script) throws IOException {
        return new ScriptedServer(context, script);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Every line the clients sent, in order. */
    public List<String> received() {
        return received;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    /** One client connection, line by line. */
    public static final class Conversation {
        private Socket socket;
        private final List<String> received;
        private BufferedReader in;
        private Writer out;

        Conversation(Socket socket, List<String> received) throws IOException {
            this.received = received;
            attach(socket);
        }

        /** The next line from the client, or null when it hung up. */
        public String read() throws IOException {
            String line = in.readLine();
            if (line != null) {
                received.add(line);
            }
            return line;
        }

        public void send(String... lines) throws IOException {
            for (String line : lines) {
                out.write(line + "\r\n");
            }
            out.flush();
        }

        /** Upgrades this connection to TLS as the server side, as after STARTTLS. */
        public void startTls(SSLContext context) throws IOException {
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket, null, socket.getPort(), true);
            tls.setUseClientMode(false);
            tls.startHandshake();
            attach(tls);
        }

        private void attach(Socket newSocket) throws IOException {
            socket = newSocket;
            in = new BufferedReader(new InputStreamReader(newSocket.getInputStream(), StandardCharsets.US_ASCII));
            out = new OutputStreamWriter(newSocket.getOutputStream(), StandardCharsets.US_ASCII);
        }
    }
}
