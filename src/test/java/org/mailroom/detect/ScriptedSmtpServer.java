package org.mailroom.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * An SMTP server that does what GreenMail cannot: TLS with a certificate naming the test hosts, implicit or
 * through STARTTLS. It records every command, so a test can check that no credential was ever sent.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket server;
    private final SSLContext tls;
    private final boolean implicitTls;
    private final List<String> commands = new CopyOnWriteArrayList<>();

    ScriptedSmtpServer(SSLContext tls, boolean implicitTls) throws IOException {
        this.tls = tls;
        this.implicitTls = implicitTls;
        this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    List<String> commands() {
        return commands;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket accepted = server.accept()) {
                Socket socket = implicitTls ? wrap(accepted) : accepted;
                converse(socket);
            } catch (IOException e) {
                // the client left, or the server was closed
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = socket.getOutputStream();
        write(out, "220 smtp.example.test ESMTP ready");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            commands.add(line);
            String verb = line.split(" ")[0].toUpperCase(java.util.Locale.ROOT);
            switch (verb) {
                case "EHLO" -> write(out, implicitTls ? "250-smtp.example.test\r\n250 AUTH PLAIN LOGIN"
                        : "250-smtp.example.test\r\n250-STARTTLS\r\n250 8BITMIME");
                case "STARTTLS" -> {
                    write(out, "220 go ahead");
                    converse(wrap(socket));
                    return;
                }
                case "QUIT" -> {
                    write(out, "221 bye");
                    return;
                }
                default -> write(out, "502 not here");
            }
        }
    }

    private SSLSocket wrap(Socket socket) throws IOException {
        SSLSocket secured = (SSLSocket) tls.getSocketFactory().createSocket(socket, null, socket.getPort(), true);
        secured.setUseClientMode(false);
        secured.startHandshake();
        return secured;
    }

    private static void write(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }
}
