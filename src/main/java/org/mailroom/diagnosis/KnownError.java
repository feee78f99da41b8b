package org.mailroom.diagnosis;

import static org.mailroom.domain.Protocol.IMAP;
import static org.mailroom.domain.Protocol.POP3;
import static org.mailroom.domain.Protocol.SMTP;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mailroom.domain.Field;
import org.mailroom.domain.Protocol;
import org.mailroom.text.Text;

/**
 * The one table of errors Mailroom can name: what a mail server, Microsoft's sign-in or the connection said (as the
 * probe sees it, or as E-mail Server's log prints it), what it means, the field of the workspace it points at, and
 * the fix. The connection test's classifier ({@code mail.FailureClassifier}), the token check
 * ({@code oauth.TokenErrors}) and the error decoder ({@link ErrorDecoder}) all read these rows.
 *
 * <p>To add a row: a constant here (more specific rows before the general ones they overlap, since the first match
 * wins), and its cause and fix texts in the bundle. A row without a pattern is one the probe can only tell from what
 * happened (a greeting, a cancel), never from words.
 */
public enum KnownError {
    // Exchange Online's replies to a login or a send (facts sheet §5)
    SMTP_AUTH_DISABLED(Said.EXCHANGE_ONLINE, EnumSet.of(SMTP), "5\\.7\\.139|SmtpClientAuthentication is disabled", Field.AUTHENTICATION,
            "explain.cause.smtpAuthDisabled", "probe.exchange.smtpAuthDisabled"),
    BASIC_AUTH_RETIRED(Said.EXCHANGE_ONLINE, EnumSet.of(SMTP), "5\\.7\\.30(?!\\d)", Field.AUTHENTICATION,
            "explain.cause.basicAuthRetired", "probe.exchange.basicAuthRetired"),
    SEND_AS_DENIED(Said.EXCHANGE_ONLINE, EnumSet.of(SMTP), "5\\.2\\.252|SendAsDenied", Field.FROM_ADDRESS,
            "explain.cause.sendAsDenied", "explain.fix.sendAsDenied"),
    SMTP_BAD_CREDENTIALS(Said.EXCHANGE_ONLINE, EnumSet.of(SMTP), "5\\.7\\.3(?![\\d.])", Field.PASSWORD,
            "explain.cause.smtpBadCredentials", "probe.exchange.badCredentials"),
    AUTHENTICATED_NOT_CONNECTED(Said.EXCHANGE_ONLINE, EnumSet.of(IMAP, POP3), "User is authenticated but not connected", Field.LOGIN,
            "explain.cause.notConnected", "explain.fix.notConnected"),
    IMAP_AUTHENTICATE_FAILED(Said.EXCHANGE_ONLINE, EnumSet.of(IMAP), "AUTHENTICATE failed", Field.AUTHENTICATION,
            "explain.cause.imapAuthenticateFailed", "probe.exchange.imapAuthenticateFailed"),
    POP_AUTHENTICATION_FAILURE(Said.EXCHANGE_ONLINE, EnumSet.of(POP3), "-ERR Authentication failure|Authentication failure", Field.AUTHENTICATION,
            "explain.cause.popAuthenticationFailure", "probe.exchange.popAuthenticationFailure"),

    // Microsoft's sign-in (Entra ID / Azure AD) refusing a token request (facts sheet §5)
    AADSTS_7000218(Said.SIGN_IN, "AADSTS7000218(?!\\d)", Field.GRANT, "explain.cause.aadsts7000218", "oauth.aadsts.7000218"),
    AADSTS_50076(Said.SIGN_IN, "AADSTS50076(?!\\d)", Field.LOGIN, "explain.cause.aadsts50076", "oauth.aadsts.50076"),
    AADSTS_50079(Said.SIGN_IN, "AADSTS50079(?!\\d)", Field.LOGIN, "explain.cause.aadsts50079", "oauth.aadsts.50079"),
    AADSTS_65001(Said.SIGN_IN, "AADSTS65001(?!\\d)", Field.PROTOCOLS, "explain.cause.aadsts65001", "oauth.aadsts.65001"),
    AADSTS_700016(Said.SIGN_IN, "AADSTS700016(?!\\d)", Field.CLIENT_ID, "explain.cause.aadsts700016", "oauth.aadsts.700016"),
    AADSTS_90002(Said.SIGN_IN, "AADSTS90002(?!\\d)", Field.TENANT, "explain.cause.aadsts90002", "oauth.aadsts.90002"),
    AADSTS_7000215(Said.SIGN_IN, "AADSTS7000215(?!\\d)", Field.CLIENT_SECRET, "explain.cause.aadsts7000215", "oauth.aadsts.7000215"),
    AADSTS_7000222(Said.SIGN_IN, "AADSTS7000222(?!\\d)", Field.CLIENT_SECRET, "explain.cause.aadsts7000222", "oauth.aadsts.7000222"),
    AADSTS_50126(Said.SIGN_IN, "AADSTS50126(?!\\d)", Field.PASSWORD, "explain.cause.aadsts50126", "oauth.aadsts.50126"),
    AADSTS_50034(Said.SIGN_IN, "AADSTS50034(?!\\d)", Field.LOGIN, "explain.cause.aadsts50034", "oauth.aadsts.50034"),
    AADSTS_OTHER(Said.SIGN_IN, "AADSTS\\d+", Field.REGISTRATION_NAME, "explain.cause.aadstsOther", "oauth.failure.otherAadsts"),
    INVALID_GRANT(Said.SIGN_IN, "invalid_grant", Field.LOGIN, "explain.cause.invalidGrant", "oauth.failure.invalidGrant"),

    // Microsoft Graph and EWS answering a token that was granted (facts sheet §8)
    ACCESS_DENIED(Said.GRAPH, "ErrorAccessDenied|Access to OData is disabled|Access is denied\\. Check credentials", Field.LOGIN,
            "probe.failure.access.denied", "probe.action.access.denied"),
    THROTTLED(Said.GRAPH, "TooManyRequests|ApplicationThrottled|ErrorServerBusy|\\b429\\b", Field.SERVER,
            "probe.failure.throttled", "probe.action.throttled"),
    /** Told apart by the date and the answer (401/403 to EWS on Exchange Online since 2026-10-01), not by words. */
    EWS_BLOCKED(Said.GRAPH, null, Field.SERVER, "probe.failure.ews.blocked", "probe.action.ews.blocked"),
    SERVICE_ERROR(Said.GRAPH, "ErrorInternalServerError|ServiceUnavailable|\\b50[234] (Bad Gateway|Service Unavailable|Gateway Time-?out)",
            Field.SERVER, "probe.failure.service.error", "probe.action.service.error"),

    // What the connection test finds; the words are those the JDK, Angus Mail and common servers use in a log
    CERTIFICATE_EXPIRED(Said.CONNECTION, "CertificateExpiredException|certificate (has )?expired|NotAfter:", Field.HOST,
            "probe.failure.certificate.expired", "probe.action.certificate.expired"),
    CERTIFICATE_NOT_YET_VALID(Said.CONNECTION, "CertificateNotYetValidException|certificate (is )?not yet valid|NotBefore:", Field.HOST,
            "probe.failure.certificate.not.yet.valid", "probe.action.certificate.not.yet.valid"),
    HOST_NAME_MISMATCH(Said.CONNECTION, "No subject alternative (DNS )?names?( present| matching)|No name matching .* found", Field.HOST,
            "probe.failure.host.name.mismatch", "probe.action.host.name.mismatch"),
    UNTRUSTED_CERTIFICATE(Said.CONNECTION, "PKIX path (building|validation) failed|unable to find valid certification path|certificate_unknown",
            Field.HOST, "probe.failure.untrusted.certificate", "probe.action.untrusted.certificate"),
    /** The server or the JDK saying TLS versions did not meet: the server offers only TLS 1.0/1.1 (or older). */
    OLD_TLS(Said.CONNECTION, "protocol_version|No appropriate protocol|not accepted by client preferences|protocol is disabled",
            Field.SECURITY, "probe.failure.old.tls", "probe.action.old.tls"),
    STARTTLS_NOT_OFFERED(Said.CONNECTION, "(STARTTLS|STLS).*(not support|does not support)|not support.*(STARTTLS|STLS)", Field.SECURITY,
            "probe.failure.starttls.not.offered", "probe.action.starttls.not.offered"),
    /** Dovecot's and others' refusal of a password over plain text (IMAP's LOGINDISABLED is read from the capabilities). */
    PLAINTEXT_REFUSED(Said.CONNECTION, "PRIVACYREQUIRED|LOGINDISABLED|plaintext auth\\w* (is )?(not allowed|disallowed)"
            + "|cleartext (login|auth\\w*) (is )?(not allowed|disabled)", Field.SECURITY,
            "probe.failure.plaintext.refused", "probe.action.plaintext.refused"),
    MECHANISM_NOT_OFFERED(Said.CONNECTION, "No authentication mechanisms supported|No login methods supported", Field.AUTHENTICATION,
            "probe.failure.mechanism.not.offered", "probe.action.mechanism.not.offered"),
    DNS(Said.CONNECTION, "UnknownHostException|Name or service not known|nodename nor servname|No such host is known", Field.HOST,
            "probe.failure.dns", "probe.action.dns"),
    REFUSED(Said.CONNECTION, "Connection refused", Field.PORT, "probe.failure.refused", "probe.action.refused"),
    TIMEOUT(Said.CONNECTION, "\\btimed out\\b|SocketTimeoutException", Field.PORT, "probe.failure.timeout", "probe.action.timeout"),
    TLS_HANDSHAKE(Said.CONNECTION, "SSLHandshakeException|handshake_failure|Unsupported or unrecognized SSL message"
            + "|Remote host (terminated|closed connection during) the handshake", Field.SECURITY,
            "probe.failure.tls.handshake", "probe.action.tls.handshake"),
    MAILBOX_UNAVAILABLE(Said.MAIL_SERVER, "FolderNotFoundException|\\[NONEXISTENT]|Mailbox (does not|doesn't) exist", Field.LOGIN,
            "probe.failure.mailbox.unavailable", "probe.action.mailbox.unavailable"),
    AUTHENTICATION_FAILED(Said.MAIL_SERVER, "AuthenticationFailedException|Authentication (failed|unsuccessful)|LOGIN failed"
            + "|Invalid credentials|\\b535[ -]", Field.PASSWORD, "probe.failure.authentication.failed", "probe.action.authentication.failed"),
    NETWORK(Said.CONNECTION, "Connection reset|Broken pipe|EOFException|Connection closed by (foreign host|peer)", Field.SERVER,
            "probe.failure.network", "probe.action.network"),

    // Told apart by what happened, not by words: only the connection test finds these
    TOKEN_REFUSED(Said.SIGN_IN, null, Field.REGISTRATION_NAME, "probe.failure.token.refused", "probe.action.token.refused"),
    OTHER_PROTOCOL(Said.CONNECTION, null, Field.PORT, "probe.failure.other.protocol", "probe.action.other.protocol"),
    TURNED_AWAY(Said.MAIL_SERVER, null, Field.SERVER, "probe.failure.turned.away", "probe.action.turned.away"),
    PIN_MISMATCH(Said.CONNECTION, null, Field.HOST, "probe.failure.pin.mismatch", "probe.action.pin.mismatch"),
    LOGIN_DELAYED(Said.MAIL_SERVER, null, Field.PASSWORD, "probe.failure.login.delayed", "probe.action.login.delayed"),
    CANCELLED(Said.CONNECTION, null, Field.SERVER, "probe.failure.cancelled", "probe.action.cancelled"),
    UNEXPECTED(Said.CONNECTION, null, Field.SERVER, "probe.failure.unexpected", "probe.action.unexpected");

    /** Who says it. */
    public enum Said {
        EXCHANGE_ONLINE, MAIL_SERVER, SIGN_IN, GRAPH, CONNECTION;

        /** "Exchange Online", "the mail server", "Microsoft's sign-in", "the connection". */
        public String label() {
            return Text.get(switch (this) {
                case EXCHANGE_ONLINE -> "explain.said.exchangeOnline";
                case MAIL_SERVER -> "explain.said.mailServer";
                case SIGN_IN -> "explain.said.signIn";
                case GRAPH -> "explain.said.graph";
                case CONNECTION -> "explain.said.connection";
            });
        }
    }

    /** Rows whose words only say that something failed: shown only when nothing more specific matched. */
    private static final Set<KnownError> GENERAL = EnumSet.of(AADSTS_OTHER, INVALID_GRANT, TLS_HANDSHAKE, AUTHENTICATION_FAILED, NETWORK);

    private final Said said;
    private final Set<Protocol> protocols;
    private final Pattern words;
    private final Field field;
    private final String causeKey;
    private final String fixKey;

    KnownError(Said said, String words, Field field, String causeKey, String fixKey) {
        this(said, EnumSet.allOf(Protocol.class), words, field, causeKey, fixKey);
    }

    KnownError(Said said, Set<Protocol> protocols, String words, Field field, String causeKey, String fixKey) {
        this.said = said;
        this.protocols = protocols;
        this.words = words == null ? null : Pattern.compile("(?i)" + words);
        this.field = field;
        this.causeKey = causeKey;
        this.fixKey = fixKey;
    }

    /** Whether {@code text} says this (case ignored); a row without words never matches text. */
    public boolean saidIn(String text) {
        return words != null && text != null && words.matcher(text).find();
    }

    /** The first Exchange Online row a {@code protocol} server's reply matches: its own fix beats the general one. */
    public static Optional<KnownError> exchangeReply(Protocol protocol, String reply) {
        return Arrays.stream(values()).filter(row -> row.said == Said.EXCHANGE_ONLINE && row.protocols.contains(protocol))
                .filter(row -> row.saidIn(reply)).findFirst();
    }

    /** The first row Microsoft's sign-in error description matches ({@link #AADSTS_OTHER} for a code without its own row). */
    public static Optional<KnownError> signIn(String description) {
        return Arrays.stream(values()).filter(row -> row.said == Said.SIGN_IN).filter(row -> row.saidIn(description)).findFirst();
    }

    /** Who says it. */
    public Said said() {
        return said;
    }

    /** The field of the workspace (or of the app registration) it points at. */
    public Field field() {
        return field;
    }

    /** What it means, in a line. */
    public String cause() {
        return Text.get(causeKey);
    }

    /** What fixes it; {@code mailbox} fills in the PowerShell lines that name one. */
    public String fix(String mailbox) {
        return Text.get(fixKey, mailbox);
    }

    /** What fixes it, for a fix that names no mailbox. */
    public String fix() {
        return Text.get(fixKey);
    }

    /** Its words only say that something failed; a more specific row says why. */
    public boolean general() {
        return GENERAL.contains(this);
    }
}
