package org.mailroom.check;

import java.util.Locale;
import java.util.Set;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.Cloud;

/** The Exchange Online hosts of every open Microsoft cloud, their aliases, and the endpoints Microsoft documents (facts §4). */
public final class ExchangeOnline {

    /** SMTP submission host of the global cloud; the national clouds' hosts come from {@link Cloud}. */
    public static final String SMTP_HOST = "smtp.office365.com";

    /** Hosts that take SMTP submission only: an IMAP or POP3 mailbox there has nothing to read. */
    private static final Set<String> SMTP_ONLY_HOSTS = Set.of(SMTP_HOST, "smtp.office365.us", "smtp.partner.outlook.cn",
            "smtp-mail.outlook.com");

    private ExchangeOnline() {
    }

    /** Any Exchange Online host of an open cloud, its aliases (outlook.office.com, *.outlook.com) included. */
    public static boolean isExchangeOnline(MailServer server) {
        return isExchangeOnlineHost(server.host());
    }

    /** The same for a host name, e.g. an EWS URL's. */
    public static boolean isExchangeOnlineHost(String name) {
        return Cloud.isExchangeOnlineHost(name);
    }

    /** An Exchange Online host that only takes SMTP submission (smtp.office365.com and its national twins). */
    public static boolean isSmtpOnly(String host) {
        return SMTP_ONLY_HOSTS.contains(normalized(host));
    }

    private static String normalized(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** IMAP 993 and POP3 995 with SSL/TLS, SMTP 587 with STARTTLS. */
    public static ConnectionSecurity documentedSecurity(Protocol protocol) {
        return protocol == Protocol.SMTP ? ConnectionSecurity.STARTTLS : ConnectionSecurity.SSL_TLS;
    }

    public static int documentedPort(Protocol protocol) {
        return protocol.defaultPort(documentedSecurity(protocol));
    }

    public static boolean isDocumentedEndpoint(MailServer server) {
        return server.port() == documentedPort(server.protocol()) && server.security() == documentedSecurity(server.protocol());
    }
}
