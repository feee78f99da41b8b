package org.mailroom.detect;

import static org.mailroom.detect.AuthMethod.OAUTH2;
import static org.mailroom.detect.AuthMethod.PASSWORD_CLEARTEXT;
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

/**
 * Settings Mailroom knows without asking anyone: Exchange Online and a few large providers' published hosts, with
 * the login each provider documents and how it lets mail clients sign in.
 */
final class Presets {

    private static final String ADDRESS = "%EMAILADDRESS%";
    private static final String LOCAL_PART = "%EMAILLOCALPART%";
    /** Basic authentication is off for IMAP and POP at Exchange Online and for every protocol at Outlook.com. */
    private static final List<AuthMethod> OAUTH_ONLY = List.of(OAUTH2);
    private static final List<AuthMethod> OAUTH_OR_PASSWORD = List.of(OAUTH2, PASSWORD_CLEARTEXT);

    /** @param login the username template, as in a clientConfig file */
    record Server(String host, int port, Protocol protocol, ConnectionSecurity security, String login,
                  List<AuthMethod> authentication) {
    }

    /**
     * @param domains      address domains that belong to the provider
     * @param domainSuffix an address domain ending with it belongs to the provider too (null: none)
     * @param mxSuffix     an MX host ending with it means the domain's mail is at this provider (null: none)
     * @param appPassword  the provider refuses the account's own password: mail clients sign in with an app password
     */
    record Preset(String name, Set<String> domains, String domainSuffix, String mxSuffix, boolean appPassword,
                  List<Server> servers) {

        boolean ownsDomain(String domain) {
            return domains.contains(domain) || domainSuffix != null && domain.endsWith(domainSuffix);
        }

        boolean receivesFor(String mxHost) {
            return mxSuffix != null && (mxHost.equals(mxSuffix.substring(1)) || mxHost.endsWith(mxSuffix));
        }

        List<Candidate> candidates(Source source, String detail, EmailAddress address) {
            List<String> steps = appPassword ? List.of(Text.get("detect.preset.appPassword", name)) : List.of();
            return servers.stream().map(s -> Candidate.proposed(s.host(), s.port(), s.protocol(), s.security(), source,
                    detail, SignIn.of(s.login(), address, s.authentication(), steps))).toList();
        }
    }

    // The hosts, ports and logins each provider documents for mail clients.
    static final Preset EXCHANGE_ONLINE = new Preset("Exchange Online", Set.of(), ".onmicrosoft.com",
            ".mail.protection.outlook.com", false, List.of(
                    new Server("outlook.office365.com", 993, IMAP, SSL_TLS, ADDRESS, OAUTH_ONLY),
                    new Server("outlook.office365.com", 995, POP3, SSL_TLS, ADDRESS, OAUTH_ONLY),
                    new Server("smtp.office365.com", 587, SMTP, STARTTLS, ADDRESS, OAUTH_OR_PASSWORD)));

    static final List<Preset> ALL = List.of(
            EXCHANGE_ONLINE,
            new Preset("Outlook.com", Set.of("outlook.com", "hotmail.com", "live.com", "msn.com"), null, null, false,
                    List.of(new Server("outlook.office365.com", 993, IMAP, SSL_TLS, ADDRESS, OAUTH_ONLY),
                            new Server("outlook.office365.com", 995, POP3, SSL_TLS, ADDRESS, OAUTH_ONLY),
                            new Server("smtp-mail.outlook.com", 587, SMTP, STARTTLS, ADDRESS, OAUTH_ONLY))),
            new Preset("Gmail", Set.of("gmail.com", "googlemail.com"), null, ".google.com", true, List.of(
                    new Server("imap.gmail.com", 993, IMAP, SSL_TLS, ADDRESS, OAUTH_OR_PASSWORD),
                    new Server("pop.gmail.com", 995, POP3, SSL_TLS, ADDRESS, OAUTH_OR_PASSWORD),
                    new Server("smtp.gmail.com", 465, SMTP, SSL_TLS, ADDRESS, OAUTH_OR_PASSWORD),
                    new Server("smtp.gmail.com", 587, SMTP, STARTTLS, ADDRESS, OAUTH_OR_PASSWORD))),
            new Preset("Yahoo Mail", Set.of("yahoo.com", "ymail.com", "rocketmail.com"), null, null, true, List.of(
                    new Server("imap.mail.yahoo.com", 993, IMAP, SSL_TLS, ADDRESS, OAUTH_OR_PASSWORD),
                    new Server("pop.mail.yahoo.com", 995, POP3, SSL_TLS, ADDRESS, OAUTH_OR_PASSWORD),
                    new Server("smtp.mail.yahoo.com", 465, SMTP, SSL_TLS, ADDRESS, OAUTH_OR_PASSWORD),
                    new Server("smtp.mail.yahoo.com", 587, SMTP, STARTTLS, ADDRESS, OAUTH_OR_PASSWORD))),
            // Apple documents the name part of the address for IMAP, the whole address for SMTP
            new Preset("iCloud Mail", Set.of("icloud.com", "me.com", "mac.com"), null, null, true, List.of(
                    new Server("imap.mail.me.com", 993, IMAP, SSL_TLS, LOCAL_PART, List.of(PASSWORD_CLEARTEXT)),
                    new Server("smtp.mail.me.com", 587, SMTP, STARTTLS, ADDRESS, List.of(PASSWORD_CLEARTEXT)))),
            new Preset("Fastmail", Set.of("fastmail.com", "fastmail.fm"), null, ".messagingengine.com", true, List.of(
                    new Server("imap.fastmail.com", 993, IMAP, SSL_TLS, ADDRESS, OAUTH_OR_PASSWORD),
                    new Server("pop.fastmail.com", 995, POP3, SSL_TLS, ADDRESS, OAUTH_OR_PASSWORD),
                    new Server("smtp.fastmail.com", 465, SMTP, SSL_TLS, ADDRESS, OAUTH_OR_PASSWORD))));

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

    static List<Candidate> candidatesForDomain(Preset preset, EmailAddress address) {
        return preset.candidates(Source.PRESET, Text.get("detect.detail.preset", preset.name()), address);
    }

    static List<Candidate> candidatesForMx(Preset preset, String mxHost, EmailAddress address) {
        return preset.candidates(Source.MX, Text.get("detect.detail.mx", mxHost, preset.name()), address);
    }
}
