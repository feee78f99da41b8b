package org.mailroom.mail;

import java.util.Locale;
import java.util.Properties;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;

/** The Angus session properties of one test (facts sheet §6: all three timeouts, host name check on). */
final class AngusSettings {

    /** An address literal, as Thunderbird sends: the local host name may take longer to find than any timeout. */
    private static final String EHLO_NAME = "[127.0.0.1]";

    private AngusSettings() {
    }

    static String protocolName(Protocol protocol) {
        return protocol.name().toLowerCase(Locale.ROOT);
    }

    static Properties of(ProbeRequest request, ProbeSockets sockets) {
        String prefix = "mail." + protocolName(request.protocol()) + ".";
        Properties props = new Properties();
        props.put(prefix + "connectiontimeout", String.valueOf(request.timeouts().connectMillis()));
        props.put(prefix + "timeout", String.valueOf(request.timeouts().readMillis()));
        props.put(prefix + "writetimeout", String.valueOf(request.timeouts().writeMillis()));
        props.put(prefix + "ssl.checkserveridentity", "true");
        // without this Angus retries a failed TLS connection with the JDK's default factory, around our trust
        props.put(prefix + "socketFactory.fallback", "false");
        props.put(prefix + "ssl.socketFactory", sockets.tls());
        if (request.security() == ConnectionSecurity.SSL_TLS) {
            props.put(prefix + "ssl.enable", "true");
        } else {
            props.put(prefix + "socketFactory", sockets.plain());
        }
        if (request.security() == ConnectionSecurity.STARTTLS) {
            props.put(prefix + "starttls.enable", "true");
            props.put(prefix + "starttls.required", "true");
        }
        if (request.protocol() == Protocol.SMTP) {
            props.put(prefix + "auth", "true");
            props.put(prefix + "localhost", EHLO_NAME);
        }
        String mechanism = request.credentials().requiredMechanism();
        if (mechanism != null) {
            // only this mechanism; the token is never offered to another one
            props.put(prefix + "auth.mechanisms", mechanism);
            if (request.protocol() == Protocol.POP3) {
                props.put(prefix + "auth.xoauth2.two.line.authentication.format", "true"); // Exchange Online
            }
        } else {
            props.put(prefix + "auth.xoauth2.disable", "true");
        }
        props.put("mail.debug.auth", "false"); // Angus hides the login exchange; the transcript masks the rest
        return props;
    }
}
