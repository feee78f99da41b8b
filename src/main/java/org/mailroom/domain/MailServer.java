package org.mailroom.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One entry of the Host/Port/Type drop-down: where a mail server listens and how to talk to it.
 *
 * @param id 0 until the entry is stored
 */
public record MailServer(long id, String host, int port, Protocol protocol, ConnectionSecurity security) implements Endpoint {

    public MailServer {
        RuleViolationException.throwIfAny(check(host, port, protocol, security));
        host = host.strip();
    }

    /** An entry not yet stored. */
    public static MailServer draft(String host, int port, Protocol protocol, ConnectionSecurity security) {
        return new MailServer(0, host, port, protocol, security);
    }

    /** Every rule the given values break, so a form can show them all at once. */
    public static List<Violation> check(String host, int port, Protocol protocol, ConnectionSecurity security) {
        List<Violation> violations = new ArrayList<>();
        HostNames.check(host).ifPresent(violations::add);
        if (port < 1 || port > 65535) {
            violations.add(Violation.of(Field.PORT, "rule.port"));
        }
        if (protocol == null) {
            violations.add(Violation.of(Field.PROTOCOL, "rule.required"));
        }
        if (security == null) {
            violations.add(Violation.of(Field.SECURITY, "rule.required"));
        }
        return violations;
    }

    public MailServer withId(long newId) {
        return new MailServer(newId, host, port, protocol, security);
    }

    public Direction direction() {
        return protocol.direction();
    }

    @Override
    public MailboxKind kind() {
        return MailboxKind.of(protocol);
    }

    /** "outlook.office365.com:993". */
    @Override
    public String address() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }

    /** "outlook.office365.com:993 · IMAP · SSL/TLS", as the drop-down shows it. */
    @Override
    public String label() {
        return address() + " · " + protocol + " · " + security.label();
    }

    /** Same host (ignoring case), port, protocol and security, whatever the id: the list holds each endpoint once. */
    public boolean sameEndpoint(MailServer other) {
        return endpointKey().equals(other.endpointKey());
    }

    /** What {@link #sameEndpoint} compares, for finding duplicates among many entries at once. */
    public String endpointKey() {
        return host.toLowerCase(Locale.ROOT) + ":" + port + "/" + protocol.name() + "/" + security.name();
    }

    @Override
    public String toString() {
        return label();
    }
}
