package org.mailroom.detect;

import static org.mailroom.domain.ConnectionSecurity.SSL_TLS;
import static org.mailroom.domain.ConnectionSecurity.STARTTLS;
import static org.mailroom.domain.Protocol.IMAP;
import static org.mailroom.domain.Protocol.POP3;
import static org.mailroom.domain.Protocol.SMTP;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.text.Text;

/** Settings Mailroom knows without asking anyone: Exchange Online and a few large providers' published hosts. */
final class Presets {

    record Server(String host, int port, Protocol protocol, ConnectionSecurity security) {
    }

    /**
     * @param domains     address domains that belong to the provider
     * @param domainSuffix an address domain ending with it belongs to the provider too (null: none)
     * @param mxSuffix    an MX host ending with it means the domain's mail is at this provider (null: none)
     */
    record Preset(String name, Set<String> domains, String domainSuffix, String mxSuffix, List<Server> servers) {

        boolean ownsDomain(String domain) {
            return domains.contains(domain) || domainSuffix != null && domain.endsWith(domainSuffix);
        }

        boolean receivesFor(String mxHost) {
            return mxSuffix != null && (mxHost.equals(mxSuffix.substring(1)) || mxHost.endsWith(mxSuffix));
        }

        List<Candidate> candidates(Source source, String detail) {
            return servers.stream()
                    .map(s -> Candidate.proposed(s.host(), s.port(), s.protocol(), s.security(), source, detail))
                    .toList();
        }
    }

    // The hosts and ports each provider documents for mail clients.
    static final Preset EXCHANGE_ONLINE = new Preset("Exchange Online", Set.of(), ".onmicrosoft.com",
            ".mail.protection.outlook.com", List.of(
                    new Server("outlook.office365.com", 993, IMAP, SSL_TLS),
                    new Server("outlook.office365.com", 995, POP3, SSL_TLS),
                    new Server("smtp.office365.com", 587, SMTP, STARTTLS)));

    static final List<Preset> ALL = List.of(
            EXCHANGE_ONLINE,
            new Preset("Outlook.com", Set.of("outlook.com", "hotmail.com", "live.com", "msn.com"), null, null, List.of(
                    new Server("outlook.office365.com", 993, IMAP, SSL_TLS),
                    new Server("outlook.office365.com", 995, POP3, SSL_TLS),
                    new Server("smtp-mail.outlook.com", 587, SMTP, STARTTLS))),
            new Preset("Gmail", Set.of("gmail.com", "googlemail.com"), null, ".google.com", List.of(
                    new Server("imap.gmail.com", 993, IMAP, SSL_TLS),
                    new Server("pop.gmail.com", 995, POP3, SSL_TLS),
                    new Server("smtp.gmail.com", 465, SMTP, SSL_TLS),
                    new Server("smtp.gmail.com", 587, SMTP, STARTTLS))),
            new Preset("Yahoo Mail", Set.of("yahoo.com", "ymail.com", "rocketmail.com"), null, null, List.of(
                    new Server("imap.mail.yahoo.com", 993, IMAP, SSL_TLS),
                    new Server("pop.mail.yahoo.com", 995, POP3, SSL_TLS),
                    new Server("smtp.mail.yahoo.com", 465, SMTP, SSL_TLS),
                    new Server("smtp.mail.yahoo.com", 587, SMTP, STARTTLS))),
            new Preset("iCloud Mail", Set.of("icloud.com", "me.com", "mac.com"), null, null, List.of(
                    new Server("imap.mail.me.com", 993, IMAP, SSL_TLS),
                    new Server("smtp.mail.me.com", 587, SMTP, STARTTLS))),
            new Preset("Fastmail", Set.of("fastmail.com", "fastmail.fm"), null, ".messagingengine.com", List.of(
                    new Server("imap.fastmail.com", 993, IMAP, SSL_TLS),
                    new Server("pop.fastmail.com", 995, POP3, SSL_TLS),
                    new Server("smtp.fastmail.com", 465, SMTP, SSL_TLS))));

    private Presets() {
    }

    /** The provider that owns the address's domain, if Mailroom knows it. */
    static Optional<Preset> forDomain(String domain) {
        return ALL.stream().filter(p -> p.ownsDomain(domain)).findFirst();
    }

    /** The provider an MX host belongs to, e.g. contoso-com.mail.protection.outlook.com → Exchange Online. */
    static Optional<Preset> forMx(String mxHost) {
        return ALL.stream().filter(p -> p.receivesFor(mxHost)).findFirst();
    }

    static List<Candidate> candidatesForDomain(Preset preset) {
        return preset.candidates(Source.PRESET, Text.get("detect.detail.preset", preset.name()));
    }

    static List<Candidate> candidatesForMx(Preset preset, String mxHost) {
        return preset.candidates(Source.MX, Text.get("detect.detail.mx", mxHost, preset.name()));
    }
}
