package org.mailroom.check;

import java.util.Map;
import java.util.Optional;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;

/**
 * The IANA ports of the mail protocols (RFC 8314, RFC 6409): which protocol listens there and whether TLS starts
 * with the first byte. A port of another protocol, or of the other kind of security, cannot work: the client waits
 * for a greeting that never comes, or a TLS handshake meets plain text.
 */
public final class WellKnownPorts {

    /** Why the entry cannot work, for the message's choice: 0 another protocol's port, 1 TLS port without SSL/TLS, 2 plain port with SSL/TLS. */
    public enum Mismatch { OTHER_PROTOCOL, TLS_PORT_WITHOUT_TLS, PLAIN_PORT_WITH_TLS }

    /** @param portProtocol the protocol that listens on the entry's port; @param fixPort the port that fits the entry's protocol */
    public record Conflict(Mismatch mismatch, Protocol portProtocol, boolean portIsTls, int fixPort, ConnectionSecurity fixSecurity) {
    }

    private record Port(Protocol protocol, boolean tls) {
    }

    private static final Map<Integer, Port> PORTS = Map.of(
            993, new Port(Protocol.IMAP, true), 143, new Port(Protocol.IMAP, false),
            995, new Port(Protocol.POP3, true), 110, new Port(Protocol.POP3, false),
            465, new Port(Protocol.SMTP, true), 587, new Port(Protocol.SMTP, false), 25, new Port(Protocol.SMTP, false));

    private WellKnownPorts() {
    }

    public static Optional<Conflict> conflict(MailServer server) {
        Port port = PORTS.get(server.port());
        if (port == null) {
            return Optional.empty();
        }
        Protocol protocol = server.protocol();
        ConnectionSecurity security = server.security();
        if (port.protocol() != protocol) {
            return Optional.of(new Conflict(Mismatch.OTHER_PROTOCOL, port.protocol(), port.tls(), protocol.defaultPort(security), security));
        }
        if (port.tls() && security != ConnectionSecurity.SSL_TLS) {
            ConnectionSecurity upgrade = ConnectionSecurity.STARTTLS;
            return Optional.of(new Conflict(Mismatch.TLS_PORT_WITHOUT_TLS, protocol, true, protocol.defaultPort(upgrade), upgrade));
        }
        if (!port.tls() && security == ConnectionSecurity.SSL_TLS) {
            return Optional.of(new Conflict(Mismatch.PLAIN_PORT_WITH_TLS, protocol, false, protocol.defaultPort(security), security));
        }
        return Optional.empty();
    }
}
