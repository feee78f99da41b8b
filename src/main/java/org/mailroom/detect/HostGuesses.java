package org.mailroom.detect;

import static org.mailroom.domain.ConnectionSecurity.SSL_TLS;
import static org.mailroom.domain.ConnectionSecurity.STARTTLS;

import java.util.ArrayList;
import java.util.List;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.text.Text;

/**
 * Host names mail servers commonly have, on the implicit-TLS and the STARTTLS port of each protocol. A guess is
 * worth showing only once the probe has heard a mail server answer. Port 25 is left out: it is for servers
 * relaying to each other, and many networks block it.
 */
final class HostGuesses {

    private static final List<String> IMAP_HOSTS = List.of("imap.", "mail.");
    private static final List<String> POP3_HOSTS = List.of("pop3.", "pop.", "mail.");
    private static final List<String> SMTP_HOSTS = List.of("smtp.", "mail.");

    private HostGuesses() {
    }

    static List<Candidate> forDomain(String domain) {
        List<Candidate> guesses = new ArrayList<>();
        add(guesses, domain, IMAP_HOSTS, Protocol.IMAP);
        add(guesses, domain, POP3_HOSTS, Protocol.POP3);
        add(guesses, domain, SMTP_HOSTS, Protocol.SMTP);
        return guesses;
    }

    private static void add(List<Candidate> guesses, String domain, List<String> prefixes, Protocol protocol) {
        for (String prefix : prefixes) {
            for (ConnectionSecurity security : List.of(SSL_TLS, STARTTLS)) {
                String host = prefix + domain;
                guesses.add(Candidate.proposed(host, protocol.defaultPort(security), protocol, security, Source.GUESS,
                        Text.get("detect.detail.guess", host)));
            }
        }
    }
}
