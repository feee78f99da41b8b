package org.mailroom.mail;

import java.util.Objects;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Protocol;

/**
 * Everything one connection test needs.
 *
 * @param pinnedSha256 the SHA-256 fingerprint of a certificate the admin chose to trust for this server
 *                     entry, or null; it is accepted only when it matches the server's own certificate
 * @param maxSizeMb    the largest mail the mailbox must carry, compared with SMTP SIZE; 0 when unknown
 */
public record ProbeRequest(String name, Protocol protocol, ConnectionSecurity security, String host, int port,
                           String login, Credentials credentials, String pinnedSha256, int maxSizeMb,
                           Timeouts timeouts) {

    public ProbeRequest {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(timeouts, "timeouts");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        name = name == null || name.isBlank() ? host : name;
        pinnedSha256 = pinnedSha256 == null || pinnedSha256.isBlank() ? null : Fingerprints.normalize(pinnedSha256);
        maxSizeMb = Math.max(0, maxSizeMb);
    }

    /** A test of a stored mailbox; inbound mailboxes bring their Max size. */
    public static ProbeRequest forMailbox(Mailbox mailbox, Credentials credentials) {
        int maxSize = mailbox instanceof InboundMailbox inbound ? inbound.maxSizeMb() : 0;
        MailServer server = mailbox.mailServer().orElseThrow(() ->
                new IllegalArgumentException("only POP3, IMAP and SMTP mailboxes are tested over a mail protocol"));
        return forServer(server, mailbox.login(), credentials).withName(mailbox.name()).withMaxSizeMb(maxSize);
    }

    public static ProbeRequest forServer(MailServer server, String login, Credentials credentials) {
        return new ProbeRequest(null, server.protocol(), server.security(), server.host(), server.port(), login,
                credentials, null, 0, Timeouts.DEFAULT);
    }

    public ProbeRequest withName(String newName) {
        return new ProbeRequest(newName, protocol, security, host, port, login, credentials, pinnedSha256, maxSizeMb, timeouts);
    }

    public ProbeRequest withPinnedSha256(String fingerprint) {
        return new ProbeRequest(name, protocol, security, host, port, login, credentials, fingerprint, maxSizeMb, timeouts);
    }

    public ProbeRequest withMaxSizeMb(int megabytes) {
        return new ProbeRequest(name, protocol, security, host, port, login, credentials, pinnedSha256, megabytes, timeouts);
    }

    public ProbeRequest withTimeouts(Timeouts newTimeouts) {
        return new ProbeRequest(name, protocol, security, host, port, login, credentials, pinnedSha256, maxSizeMb, newTimeouts);
    }

    /** "IMAP localhost:993 SSL/TLS as support@contoso.com (XOAUTH2)". */
    public String describe() {
        String address = host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
        String mechanism = credentials.requiredMechanism() == null ? "" : " (" + credentials.requiredMechanism() + ")";
        return protocol + " " + address + " " + security.label() + " as " + login + mechanism;
    }
}
