package org.mailroom.detect;

import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;

/** The SRV names of RFC 6186 (mail access, submission) and RFC 8314 (submission over implicit TLS). */
enum SrvService {
    IMAPS("_imaps._tcp.", Protocol.IMAP, ConnectionSecurity.SSL_TLS),
    IMAP("_imap._tcp.", Protocol.IMAP, ConnectionSecurity.STARTTLS),
    POP3S("_pop3s._tcp.", Protocol.POP3, ConnectionSecurity.SSL_TLS),
    POP3("_pop3._tcp.", Protocol.POP3, ConnectionSecurity.STARTTLS),
    SUBMISSIONS("_submissions._tcp.", Protocol.SMTP, ConnectionSecurity.SSL_TLS),
    SUBMISSION("_submission._tcp.", Protocol.SMTP, ConnectionSecurity.STARTTLS);

    private final String prefix;
    private final Protocol protocol;
    /** The plain services say "STARTTLS" until the probe has seen whether the server offers it. */
    private final ConnectionSecurity security;

    SrvService(String prefix, Protocol protocol, ConnectionSecurity security) {
        this.prefix = prefix;
        this.protocol = protocol;
        this.security = security;
    }

    String nameFor(String domain) {
        return prefix + domain + ".";
    }

    Protocol protocol() {
        return protocol;
    }

    ConnectionSecurity security() {
        return security;
    }
}
