package org.mailroom.detect;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.mailroom.diagnosis.IoWords;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.text.Text;

/**
 * Checks a candidate the way a mail client would start, and stops before any login: connect, TLS handshake with
 * the host name checked (implicit TLS), greeting, capabilities, and for a plain port STARTTLS with the same
 * certificate check when the server offers it. Sockets are registered so a cancel can close them at once.
 */
final class CapabilityProbe {

    private final DetectionSettings settings;

    CapabilityProbe(DetectionSettings settings) {
        this.settings = settings;
    }

    ProbeOutcome probe(Candidate candidate, Set<Socket> openSockets) {
        int timeoutMillis = (int) settings.probeTimeout().toMillis();
        InetSocketAddress address;
        try {
            address = settings.probeTarget().locate(candidate.host(), candidate.port());
        } catch (UnknownHostException e) {
            return outcome(ProbeStatus.UNREACHABLE, candidate, Text.get("detect.probe.unknownHost", candidate.host()));
        }
        Socket socket = new Socket();
        openSockets.add(socket);
        try (socket) {
            socket.connect(address, timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            if (candidate.security() == ConnectionSecurity.SSL_TLS) {
                SSLSocket tls = handshake(socket, candidate);
                MailDialogue dialogue = new MailDialogue(tls, candidate.protocol());
                dialogue.greeting();
                dialogue.goodbye();
                return outcome(ProbeStatus.CONFIRMED, candidate, "");
            }
            return plainPort(socket, candidate);
        } catch (SSLException e) {
            return outcome(ProbeStatus.TLS_FAILED, candidate, Text.get(isCertificate(e)
                    ? "detect.probe.certificate" : "detect.probe.tls", message(e)));
        } catch (MailDialogue.Unexpected e) {
            return outcome(ProbeStatus.NOT_A_MAIL_SERVER, candidate,
                    Text.get("detect.probe.notMailServer", candidate.protocol(), e.getMessage()));
        } catch (SocketTimeoutException e) {
            return outcome(ProbeStatus.UNREACHABLE, candidate, Text.get("detect.probe.timeout", timeoutMillis));
        } catch (IOException e) {
            return outcome(ProbeStatus.UNREACHABLE, candidate, Text.get("detect.probe.noConnection", message(e)));
        } finally {
            openSockets.remove(socket);
        }
    }

    /** A plain port: what the server offers decides between STARTTLS and no encryption at all. */
    private ProbeOutcome plainPort(Socket socket, Candidate candidate) throws IOException {
        MailDialogue dialogue = new MailDialogue(socket, candidate.protocol());
        dialogue.greeting();
        if (!dialogue.offersStartTls()) {
            dialogue.goodbye();
            return new ProbeOutcome(ProbeStatus.CONFIRMED, ConnectionSecurity.NONE, Text.get("detect.probe.noStartTls"));
        }
        if (!dialogue.startTls()) {
            dialogue.goodbye();
            return new ProbeOutcome(ProbeStatus.TLS_FAILED, ConnectionSecurity.STARTTLS,
                    Text.get("detect.probe.startTlsRefused"));
        }
        handshake(socket, candidate).close();
        String upgraded = candidate.security() == ConnectionSecurity.NONE ? Text.get("detect.probe.startTlsOffered") : "";
        return new ProbeOutcome(ProbeStatus.CONFIRMED, ConnectionSecurity.STARTTLS, upgraded);
    }

    /** TLS over the connected socket, checked against the candidate's host name (not the mapped address). */
    private SSLSocket handshake(Socket socket, Candidate candidate) throws IOException {
        SSLSocket tls = (SSLSocket) settings.tls().get().createSocket(socket, candidate.host(), candidate.port(), true);
        SSLParameters parameters = tls.getSSLParameters();
        // the JDK's RFC 2818 / RFC 6125 name check; what Angus Mail's checkserveridentity also demands
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return tls;
    }

    private static boolean isCertificate(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CertificateException) {
                return true;
            }
        }
        return false;
    }

    /** A socket's words ("Connection reset") in the admin's; else the deepest cause's own, a TLS alert say. */
    private static String message(Throwable error) {
        Optional<String> io = IoWords.of(error);
        if (io.isPresent()) {
            return io.get();
        }
        Throwable deepest = error;
        while (deepest.getCause() != null) {
            deepest = deepest.getCause();
        }
        return deepest.getMessage() == null || deepest.getMessage().isBlank() ? Text.get("probe.reason.none") : deepest.getMessage();
    }

    private static ProbeOutcome outcome(ProbeStatus status, Candidate candidate, String detail) {
        return new ProbeOutcome(status, candidate.security(), detail);
    }
}
