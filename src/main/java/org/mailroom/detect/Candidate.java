package org.mailroom.detect;

import java.util.Comparator;
import java.util.Locale;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Direction;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;

/**
 * A server detection proposes: where it listens, how to talk to it, where the proposal came from and what the
 * probe found. Nothing is stored until the admin picks one and {@link #toMailServer()} becomes an entry.
 *
 * @param detail where exactly it came from and what the probe said, for the admin to read
 * @param signIn what the source says about signing in: the login for the address, the methods, the first steps
 */
public record Candidate(String host, int port, Protocol protocol, ConnectionSecurity security, Source source,
                        String detail, ProbeStatus status, SignIn signIn) {

    public Candidate {
        // DNS answers end with a dot; "Outlook.Office365.com." and "outlook.office365.com" are one server
        host = host.strip().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
    }

    /** A proposal not probed yet. */
    static Candidate proposed(String host, int port, Protocol protocol, ConnectionSecurity security, Source source,
                              String detail) {
        return proposed(host, port, protocol, security, source, detail, SignIn.UNKNOWN);
    }

    static Candidate proposed(String host, int port, Protocol protocol, ConnectionSecurity security, Source source,
                              String detail, SignIn signIn) {
        return new Candidate(host, port, protocol, security, source, detail, ProbeStatus.NOT_CHECKED, signIn);
    }

    /** The order detection ranks candidates in, so a list shown while candidates arrive matches the result. */
    public static Comparator<Candidate> ranking() {
        return CandidateBoard.RANKING;
    }

    public Direction direction() {
        return protocol.direction();
    }

    /** The Host/Port/Type entry the admin can save; validated by the domain rules. */
    public MailServer toMailServer() {
        return MailServer.draft(host, port, protocol, security);
    }

    /** Two candidates for the same endpoint are one server; TLS from the first byte or not is part of it. */
    Endpoint endpoint() {
        return new Endpoint(host, port, protocol, security == ConnectionSecurity.SSL_TLS);
    }

    Candidate withOrigin(Source newSource, String newDetail, SignIn newSignIn) {
        return new Candidate(host, port, protocol, security, newSource, newDetail, status, newSignIn);
    }

    Candidate checked(ProbeOutcome outcome) {
        String combined = outcome.detail().isEmpty() ? detail : detail + " — " + outcome.detail();
        return new Candidate(host, port, protocol, outcome.security(), source, combined, outcome.status(), signIn);
    }

    /** "imap.example.com:993 · IMAP · SSL/TLS". */
    public String label() {
        return toMailServer().label();
    }

    record Endpoint(String host, int port, Protocol protocol, boolean implicitTls) {
    }
}
