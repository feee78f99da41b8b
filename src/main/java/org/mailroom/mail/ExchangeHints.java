package org.mailroom.mail;

import java.util.Optional;
import java.util.regex.Pattern;
import org.mailroom.domain.Protocol;
import org.mailroom.text.Text;

/**
 * The fixes for Exchange Online's login refusals (facts sheet §5). Matched on the server's reply text,
 * because the enhanced status code is what tells them apart.
 */
final class ExchangeHints {

    private static final Pattern SMTP_AUTH_DISABLED = Pattern.compile("5\\.7\\.139");
    private static final Pattern BASIC_AUTH_RETIRED = Pattern.compile("5\\.7\\.30(?!\\d)");
    private static final Pattern BAD_CREDENTIALS = Pattern.compile("5\\.7\\.3(?![\\d.])");
    private static final Pattern IMAP_AUTHENTICATE_FAILED = Pattern.compile("(?i)AUTHENTICATE failed");
    private static final Pattern POP_AUTH_FAILURE = Pattern.compile("(?i)Authentication failure");

    private ExchangeHints() {
    }

    static Optional<String> actionFor(Protocol protocol, String serverReply, String login) {
        if (serverReply == null) {
            return Optional.empty();
        }
        String key = switch (protocol) {
            case SMTP -> SMTP_AUTH_DISABLED.matcher(serverReply).find() ? "probe.exchange.smtpAuthDisabled"
                    : BASIC_AUTH_RETIRED.matcher(serverReply).find() ? "probe.exchange.basicAuthRetired"
                    : BAD_CREDENTIALS.matcher(serverReply).find() ? "probe.exchange.badCredentials" : null;
            case IMAP -> IMAP_AUTHENTICATE_FAILED.matcher(serverReply).find() ? "probe.exchange.imapAuthenticateFailed" : null;
            case POP3 -> POP_AUTH_FAILURE.matcher(serverReply).find() ? "probe.exchange.popAuthenticationFailure" : null;
        };
        return Optional.ofNullable(key).map(k -> Text.get(k, login));
    }
}
