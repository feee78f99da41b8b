package org.mailroom.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The mail server entries every workspace ships with (Exchange Online's documented endpoints, inserted by the
 * first migration): they are offered in the drop-down, so an unused one is no finding.
 */
public final class BuiltInServers {

    public static final List<MailServer> ENTRIES = List.of(
            MailServer.draft("outlook.office365.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS),
            MailServer.draft("outlook.office365.com", 995, Protocol.POP3, ConnectionSecurity.SSL_TLS),
            MailServer.draft("smtp.office365.com", 587, Protocol.SMTP, ConnectionSecurity.STARTTLS));

    private static final Set<String> KEYS = ENTRIES.stream().map(MailServer::endpointKey).collect(Collectors.toUnmodifiableSet());

    private BuiltInServers() {
    }

    public static boolean isBuiltIn(MailServer server) {
        return KEYS.contains(server.endpointKey());
    }
}
