package org.mailroom.detect;

import java.util.List;
import java.util.Locale;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.text.Text;

/**
 * One ISPDB clientConfig file, reduced to what detection uses.
 *
 * @param fileName    for the admin: which file a candidate came from
 * @param domains     the address domains the file is for, lower case
 * @param servers     incoming (IMAP, POP3) and outgoing (SMTP) servers in the file's order
 */
record IspdbConfig(String fileName, String providerName, List<String> domains, List<IspdbServer> servers) {

    /**
     * @param hostTemplate   may hold %EMAILDOMAIN%, %EMAILLOCALPART% or %EMAILADDRESS%
     * @param authentication the file's authentication entries, e.g. password-cleartext, OAuth2
     */
    record IspdbServer(Protocol protocol, String hostTemplate, int port, ConnectionSecurity security,
                       List<String> authentication) {
    }

    boolean isFor(String domain) {
        return domains.contains(domain.toLowerCase(Locale.ROOT));
    }

    /** The servers for this address, placeholders filled in. */
    List<Candidate> candidates(EmailAddress address) {
        return servers.stream().map(server -> {
            String host = server.hostTemplate()
                    .replace("%EMAILADDRESS%", address.address())
                    .replace("%EMAILLOCALPART%", address.localPart())
                    .replace("%EMAILDOMAIN%", address.domain());
            String detail = server.authentication().isEmpty()
                    ? Text.get("detect.detail.ispdb", fileName, providerName)
                    : Text.get("detect.detail.ispdbAuth", fileName, providerName, String.join(", ", server.authentication()));
            return Candidate.proposed(host, server.port(), server.protocol(), server.security(), Source.ISPDB, detail);
        }).toList();
    }
}
