package org.mailroom.mail;

import java.net.InetAddress;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.mailroom.domain.Protocol;
import org.mailroom.text.Text;

/** The words of each step's detail line, for the details panel and the report. */
public final class StepDetails {

    private static final long MB = 1024L * 1024L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final ProbeRequest request;

    StepDetails(ProbeRequest request) {
        this.request = request;
    }

    String dns(List<InetAddress> addresses) {
        String found = addresses.stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", "));
        return Text.get("probe.detail.dns", request.host(), found);
    }

    String tcp(InetAddress remote) {
        return Text.get("probe.detail.tcp", remote == null ? request.host() : remote.getHostAddress(), request.port());
    }

    String tls(TlsInfo tls) {
        return tls(tls, request.host());
    }

    /** The TLS step's lines for a connection to {@code host}: session, certificate, chain, host name, fingerprint. */
    public static String tls(TlsInfo tls, String host) {
        if (tls == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (tls.protocol() != null) {
            text.append(Text.get("probe.detail.tls.session", tls.protocol(), tls.cipherSuite())).append('\n');
        }
        CertificateInfo certificate = tls.certificate();
        if (certificate != null) {
            text.append(Text.get("probe.detail.tls.subject", certificate.subject())).append('\n');
            String names = certificate.subjectAltNames().isEmpty() ? Text.get("probe.detail.tls.noNames")
                    : String.join(", ", certificate.subjectAltNames());
            text.append(Text.get("probe.detail.tls.names", names)).append('\n');
            text.append(Text.get("probe.detail.tls.issuer", certificate.issuer())).append('\n');
            text.append(Text.get("probe.detail.tls.validity", DATE.format(certificate.notBefore()),
                    DATE.format(certificate.notAfter()))).append('\n');
            text.append(tls.chainTrusted() ? Text.get("probe.detail.tls.chainTrusted")
                    : tls.pinned() ? Text.get("probe.detail.tls.chainPinned")
                    : Text.get("probe.detail.tls.chainUntrusted")).append('\n');
            if (tls.hostNameMatches() != null) {
                text.append(Text.get(tls.hostNameMatches() ? "probe.detail.tls.hostMatches" : "probe.detail.tls.hostMismatch",
                        host)).append('\n');
            }
            text.append(Text.get("probe.detail.tls.sha256", certificate.sha256()));
        }
        return text.toString().strip();
    }

    String greeting(ServerCapabilities capabilities) {
        if (capabilities == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(Text.get("probe.detail.greeting", capabilities.greeting()));
        text.append('\n').append(Text.get("probe.detail.capabilities", String.join(" ", capabilities.capabilities())));
        text.append('\n').append(capabilities.authMechanisms().isEmpty() ? Text.get("probe.detail.noMechanisms")
                : Text.get("probe.detail.mechanisms", String.join(" ", capabilities.authMechanisms())));
        if (request.protocol() == Protocol.SMTP) {
            text.append('\n').append(capabilities.sizeLimitBytes() > 0
                    ? Text.get("probe.detail.sizeLimit", megabytes(capabilities.sizeLimitBytes()))
                    : Text.get("probe.detail.noSizeLimit"));
        }
        return text.toString();
    }

    String authenticated() {
        String mechanism = request.credentials().requiredMechanism();
        return mechanism == null ? Text.get("probe.detail.loggedIn", request.login())
                : Text.get("probe.detail.loggedInWith", request.login(), mechanism);
    }

    /** Step 7: a server limit below the mailbox's Max size rejects mails the mailbox is meant to carry. */
    StepResult size(ServerCapabilities capabilities) {
        if (request.protocol() != Protocol.SMTP) {
            return new StepResult(ProbeStep.SIZE, StepStatus.SKIPPED, 0, Text.get("probe.detail.size.smtpOnly"));
        }
        if (request.maxSizeMb() == 0) {
            return new StepResult(ProbeStep.SIZE, StepStatus.SKIPPED, 0, Text.get("probe.detail.size.noMaxSize"));
        }
        long limit = capabilities == null ? 0 : capabilities.sizeLimitBytes();
        if (limit == 0) {
            return new StepResult(ProbeStep.SIZE, StepStatus.OK, 0, Text.get("probe.detail.size.unlimited"));
        }
        if (limit < request.maxSizeMb() * MB) {
            return new StepResult(ProbeStep.SIZE, StepStatus.WARNING, 0,
                    Text.get("probe.detail.size.tooSmall", megabytes(limit), request.maxSizeMb()));
        }
        return new StepResult(ProbeStep.SIZE, StepStatus.OK, 0,
                Text.get("probe.detail.size.fits", megabytes(limit), request.maxSizeMb()));
    }

    String failed(ProbeStep step, Failure failure, TlsInfo tls) {
        String headline = failure.kind().label() + ": " + failure.reason();
        return step == ProbeStep.TLS && tls != null ? headline + "\n" + tls(tls) : headline;
    }

    /** "34.2", so a limit of 35882577 bytes reads as Exchange Online's documented 35 MB-ish. */
    private static String megabytes(long bytes) {
        return String.format("%.1f", bytes / (double) MB);
    }
}
