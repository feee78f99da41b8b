package org.mailroom.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailroom.testing.FakeIdentityProvider;
import org.mailroom.testing.LocalHttpsServer;
import org.mailroom.testing.LocalHttpsServer.Reply;
import org.mailroom.testing.TestTls;

/**
 * The mixed benchmark's servers — GreenMail (IMAP, POP3, SMTP over TLS) and two local HTTPS servers, Graph and EWS each
 * with its identity provider — in a JVM of their own, on loopback. They stand for remote servers, whose CPU is not the
 * app's: in the benchmark's own JVM, under the app's C1-only options, their RSA signatures were two thirds of Test all's
 * CPU time. This JVM runs with the JDK's default compilers. {@link #start()} launches it and reads the ports it serves;
 * closing the handle (or the benchmark's JVM ending, which closes its stdin) stops it.
 */
final class RemoteServers implements AutoCloseable {

    static final String MAILBOX = "support@contoso.com";
    static final String INBOX = "/v1.0/users/" + MAILBOX + "/mailFolders/inbox";
    static final String EWS = "/EWS/Exchange.asmx";
    private static final String FOLDER = "<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope "
            + "xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\" "
            + "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"><s:Body><m:GetFolderResponse><m:ResponseMessages>"
            + "<m:GetFolderResponseMessage ResponseClass=\"Success\"><m:ResponseCode>NoError</m:ResponseCode><m:Folders><t:Folder>"
            + "<t:FolderId Id=\"id-Inbox\"/><t:DisplayName>Inbox</t:DisplayName><t:TotalCount>12</t:TotalCount><t:UnreadCount>1</t:UnreadCount>"
            + "</t:Folder></m:Folders></m:GetFolderResponseMessage></m:ResponseMessages></m:GetFolderResponse></s:Body></s:Envelope>";

    private final Process process;
    final int imaps;
    final int pop3s;
    final int smtps;
    final URI graph;
    final URI ews;

    private RemoteServers(Process process, String[] ports) {
        this.process = process;
        this.imaps = Integer.parseInt(ports[0]);
        this.pop3s = Integer.parseInt(ports[1]);
        this.smtps = Integer.parseInt(ports[2]);
        this.graph = URI.create(ports[3]);
        this.ews = URI.create(ports[4]);
    }

    /** Starts the servers' JVM (the same classpath, the JDK's default compilers) and waits until they listen. */
    static RemoteServers start() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), RemoteServers.class.getName()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("listening ")) {
            process.destroyForcibly();
            throw new IOException("the benchmark's servers did not start: " + line);
        }
        return new RemoteServers(process, line.substring("listening ".length()).split(" "));
    }

    /** The CPU time the servers' JVM has used so far: what a Test all costs the servers, which share this machine's cores. */
    Duration cpu() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** The OIDC authority msal4j is given for a server: {@code https://127.0.0.1:PORT/TENANT/v2.0}. */
    static String authority(URI base) {
        return base + "/" + FakeIdentityProvider.TENANT + "/v2.0";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** The servers' JVM: prints "listening IMAPS POP3S SMTPS GRAPH-BASE EWS-BASE", serves until stdin ends. */
    public static void main(String[] args) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Logger.getLogger("com.microsoft.aad.msal4j").setLevel(Level.WARNING);
        System.setProperty("greenmail.tls.keystore.file", TestTls.LOCALHOST.keystore().toString());
        System.setProperty("greenmail.tls.keystore.password", TestTls.PASSWORD);
        GreenMail greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.ALL));
        greenMail.start();
        greenMail.setUser("bench@localhost", "bench", "bench-password");
        try (LocalHttpsServer graph = new LocalHttpsServer(TestTls.LOCALHOST);
             LocalHttpsServer ews = new LocalHttpsServer(TestTls.LOCALHOST)) {
            graph.tokens(FakeIdentityProvider.appOnlyToken("https://graph.microsoft.com", "Mail.ReadWrite"));
            graph.on(INBOX, request -> Reply.json(200, "{\"displayName\":\"Inbox\",\"totalItemCount\":42,\"unreadItemCount\":7}"));
            ews.tokens(FakeIdentityProvider.delegatedToken("https://outlook.office365.com", "EWS.AccessAsUser.All", MAILBOX));
            ews.on(EWS, request -> Reply.xml(200, FOLDER));
            System.out.println("listening " + greenMail.getImaps().getPort() + " " + greenMail.getPop3s().getPort() + " "
                    + greenMail.getSmtps().getPort() + " " + graph.base() + " " + ews.base());
            System.out.flush();
            while (System.in.read() != -1) {
                // serve until the benchmark closes our stdin or ends
            }
        } finally {
            greenMail.stop();
        }
    }
}
