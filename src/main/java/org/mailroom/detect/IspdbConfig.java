package org.mailroom.detect;

import java.util.List;
import java.util.Locale;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.text.Text;

/**
 * One ISPDB clientConfig file, reduced to what detection uses.
 *
 * @param fileName for the admin: which file a candidate came from
 * @param domains  the address domains the file is for, lower case ({@code %EMAILDOMAIN%} already read as the domain
 *                 the file is named after)
 * @param servers  incoming (IMAP, POP3) and outgoing (SMTP) servers in the file's order
 * @param steps    what the provider asks for before the first sign-in ({@code <enable>}) and where its own
 *                 instructions are ({@code <documentation>}), as sentences for the admin
 * @param notes    the file's servers that could not be used, and why; told when the file is used
 */
record IspdbConfig(String fileName, String providerName, List<String> domains, List<IspdbServer> servers,
                   List<String> steps, List<String> notes) {

    /**
     * @param hostTemplate     may hold %EMAILDOMAIN%, %EMAILLOCALPART% or %EMAILADDRESS%
     * @param usernameTemplate the {@code <username>}, e.g. %EMAILLOCALPART%; empty when the file has none
     * @param authentication   the file's authentication entries Mailroom knows, in the file's order
     */
    record IspdbServer(Protocol protocol, String hostTemplate, int port, ConnectionSecurity security,
                       String usernameTemplate, List<AuthMethod> authentication) {
    }

    IspdbConfig {
        domains = List.copyOf(domains);
        servers = List.copyOf(servers);
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    boolean isFor(String domain) {
        return domains.contains(domain.toLowerCase(Locale.ROOT));
    }

    /** The servers for this address, placeholders filled in, each with the login its template gives. */
    List<Candidate> candidates(EmailAddress address) {
        String detail = Text.get("detect.detail.ispdb", fileName, providerName);
        return servers.stream().map(server -> Candidate.proposed(address.fill(server.hostTemplate()), server.port(),
                server.protocol(), server.security(), Source.ISPDB, detail,
                SignIn.of(server.usernameTemplate(), address, server.authentication(), steps))).toList();
    }
}
