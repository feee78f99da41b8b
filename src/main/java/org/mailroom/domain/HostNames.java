package org.mailroom.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Tells whether a text is a valid host name or IP address, without asking any DNS server. */
final class HostNames {

    private static final int MAX_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;

    private HostNames() {
    }

    static Optional<Violation> check(String host) {
        Violation invalid = Violation.of(Field.HOST, "rule.host");
        if (host == null || host.isBlank()) {
            return Optional.of(Violation.of(Field.HOST, "rule.required"));
        }
        String candidate = host.strip();
        if (candidate.length() > MAX_LENGTH || !parsesAsHost(candidate)) {
            return Optional.of(invalid);
        }
        for (String label : candidate.split("\\.")) {
            if (label.length() > MAX_LABEL_LENGTH) {
                return Optional.of(invalid);
            }
        }
        return Optional.empty();
    }

    /** The JDK's URI grammar (RFC 2396 host names, IPv4, IPv6) decides; an IPv6 literal comes bare. */
    private static boolean parsesAsHost(String candidate) {
        String authority = candidate.indexOf(':') >= 0 ? "[" + candidate + "]" : candidate;
        try {
            URI uri = new URI("mail://" + authority + "/");
            return uri.getHost() != null && uri.getUserInfo() == null && uri.getPort() == -1;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
