package org.mailroom.check;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.oauth.Cloud;

/** The Exchange Online hosts of every open Microsoft cloud and the endpoints Microsoft documents (facts §4). */
public final class ExchangeOnline {

    /** SMTP submission host of the global cloud; the national clouds' hosts come from {@link Cloud}. */
    public static final String SMTP_HOST = "smtp.office365.com";

    private static final Set<String> HOSTS = hosts();

    private ExchangeOnline() {
    }

    private static Set<String> hosts() {
        Set<String> hosts = new HashSet<>();
        hosts.add(SMTP_HOST);
        for (Cloud cloud : Cloud.values()) {
            if (cloud.isOpen()) {
                hosts.add(cloud.exchangeHost());
            }
        }
        return Set.copyOf(hosts);
    }

    public static boolean isExchangeOnline(MailServer server) {
        String host = server.host().toLowerCase(Locale.ROOT);
        return HOSTS.contains(host.endsWith(".") ? host.substring(0, host.length() - 1) : host);
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
