package org.mailroom.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderNotFoundException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;
import org.mailroom.diagnosis.IoWords;
import org.mailroom.diagnosis.KnownError;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.mail.ProbeExceptions.CancelledException;
import org.mailroom.mail.ProbeExceptions.CertificateDatesException;
import org.mailroom.mail.ProbeExceptions.DeadlineException;
import org.mailroom.mail.ProbeExceptions.HostNameMismatchException;
import org.mailroom.mail.ProbeExceptions.MechanismNotOfferedException;
import org.mailroom.mail.ProbeExceptions.NotAuthenticatedException;
import org.mailroom.mail.ProbeExceptions.PinMismatchException;
import org.mailroom.mail.ProbeExceptions.UntrustedCertificateException;
import org.mailroom.mail.ProbeExceptions.Worded;
import org.mailroom.text.Text;

/**
 * Names the cause of a failure from the whole cause chain, never from the outer exception type alone:
 * Angus wraps the same cause differently per protocol (POP3 reports a read timeout as an
 * AuthenticationFailedException, IMAP a refused STARTTLS as a plain MessagingException). What the words of an
 * error say is read from the one error table ({@link KnownError}), which the error decoder reads too.
 */
final class FailureClassifier {

    private FailureClassifier() {
    }

    /** @param transcript what the server and Angus said before the login: the greeting tells another protocol apart */
    static Failure classify(Throwable error, Protocol protocol, ProbeStep reached, String login, SecretMasker masker,
                            List<String> transcript) {
        List<Throwable> chain = chain(error);
        Optional<ServerGreeting.Seen> greeting = ServerGreeting.of(transcript);
        FailureKind kind = kindOf(chain, reached, protocol, greeting.orElse(null), transcript);
        String reason = masker.mask(switch (kind) {
            case OTHER_PROTOCOL, TURNED_AWAY -> Text.get("probe.reason.greeting", greeting.map(ServerGreeting.Seen::line).orElse(""));
            case PLAINTEXT_REFUSED -> loginDisabled(protocol, transcript) ? Text.get("probe.reason.loginDisabled")
                    : worded(chain).orElseGet(() -> reason(chain));
            // a socket's "Read timed out" or "Connection reset" is named in the admin's words; a server's reply stays its own
            case TIMEOUT, LOGIN_DELAYED, REFUSED, NETWORK, DNS, TLS_HANDSHAKE, MAILBOX_UNAVAILABLE, UNEXPECTED ->
                    worded(chain).or(() -> IoWords.of(error)).orElseGet(() -> reason(chain));
            default -> worded(chain).orElseGet(() -> reason(chain));
        });
        String action = switch (kind) {
            case AUTHENTICATION_FAILED, MECHANISM_NOT_OFFERED -> KnownError.exchangeReply(protocol, reason).map(row -> row.fix(login)).orElse(kind.action());
            case OTHER_PROTOCOL -> Text.get("probe.action.other.protocol.named", greeting.map(ServerGreeting.Seen::speaker).orElse(""),
                    protocol, protocol.defaultPort(ConnectionSecurity.SSL_TLS), protocol.defaultPort(ConnectionSecurity.STARTTLS));
            case TIMEOUT -> has(chain, DeadlineException.class) ? Text.get("probe.action.deadline") : kind.action();
            default -> kind.action();
        };
        ProbeStep step = kind.step() != null ? kind.step() : reached;
        return new Failure(kind, step, reason, action);
    }

    private static FailureKind kindOf(List<Throwable> chain, ProbeStep reached, Protocol protocol, ServerGreeting.Seen greeting,
                                      List<String> transcript) {
        if (has(chain, CancelledException.class)) {
            return FailureKind.CANCELLED;
        }
        if (greeting != null && ServerGreeting.otherProtocol(greeting, protocol)) {
            return FailureKind.OTHER_PROTOCOL;
        }
        if (greeting != null && ServerGreeting.turnedAway(greeting, protocol)) {
            return FailureKind.TURNED_AWAY;
        }
        Optional<CertificateDatesException> dates = first(chain, CertificateDatesException.class);
        if (dates.isPresent()) {
            return dates.get().expired() ? FailureKind.CERTIFICATE_EXPIRED : FailureKind.CERTIFICATE_NOT_YET_VALID;
        }
        if (has(chain, PinMismatchException.class)) {
            return FailureKind.PIN_MISMATCH;
        }
        if (has(chain, UntrustedCertificateException.class)) {
            return FailureKind.UNTRUSTED_CERTIFICATE;
        }
        if (has(chain, HostNameMismatchException.class)) {
            return FailureKind.HOST_NAME_MISMATCH;
        }
        if (has(chain, UnknownHostException.class)) {
            return FailureKind.DNS;
        }
        if (has(chain, SocketTimeoutException.class) || mentions(chain, KnownError.TIMEOUT)) {
            // POP3 turns a read timeout into AuthenticationFailedException("Read timed out"). A server that greeted
            // and then sits on the login is delaying it (throttling after failed attempts), not behind a firewall.
            return reached == ProbeStep.AUTHENTICATION ? FailureKind.LOGIN_DELAYED : FailureKind.TIMEOUT;
        }
        if (has(chain, ConnectException.class)) {
            return FailureKind.REFUSED;
        }
        if (has(chain, CertPathValidatorException.class) || has(chain, CertPathBuilderException.class)) {
            return FailureKind.UNTRUSTED_CERTIFICATE;
        }
        if (has(chain, SSLException.class)) {
            return mentions(chain, KnownError.OLD_TLS) ? FailureKind.OLD_TLS : FailureKind.TLS_HANDSHAKE;
        }
        if (loginDisabled(protocol, transcript) || mentions(chain, KnownError.PLAINTEXT_REFUSED)) {
            return FailureKind.PLAINTEXT_REFUSED;
        }
        if (has(chain, MechanismNotOfferedException.class) || mentions(chain, KnownError.MECHANISM_NOT_OFFERED)) {
            return FailureKind.MECHANISM_NOT_OFFERED;
        }
        if (mentions(chain, KnownError.STARTTLS_NOT_OFFERED)) {
            return FailureKind.STARTTLS_NOT_OFFERED;
        }
        if (IoWords.of(chain.get(0)).isPresent()) {
            // POP3 reports a connection the server broke off as AuthenticationFailedException("Connection reset")
            return FailureKind.NETWORK;
        }
        if (has(chain, AuthenticationFailedException.class) || has(chain, NotAuthenticatedException.class)) {
            return FailureKind.AUTHENTICATION_FAILED;
        }
        if (has(chain, FolderNotFoundException.class) || reached == ProbeStep.VERIFY) {
            return FailureKind.MAILBOX_UNAVAILABLE;
        }
        if (has(chain, EOFException.class) || has(chain, IOException.class)) {
            return FailureKind.NETWORK;
        }
        return FailureKind.UNEXPECTED;
    }

    /** The outer message says what Angus was doing; the root cause what actually broke. */
    private static String reason(List<Throwable> chain) {
        String outer = messageOf(chain.get(0));
        String root = messageOf(chain.get(chain.size() - 1));
        return outer.equals(root) || outer.contains(root) ? outer : outer + " (" + root + ")";
    }

    private static String messageOf(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? Text.get("probe.reason.none") : message.strip();
    }

    private static List<Throwable> chain(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t); // MessagingException.getCause() is its next exception, so Angus' chain is followed too
        }
        return chain;
    }

    /** The last capabilities before the login count: before STARTTLS a server may still say LOGINDISABLED. */
    private static boolean loginDisabled(Protocol protocol, List<String> transcript) {
        return ServerCapabilities.parse(protocol, transcript).capabilities().stream().anyMatch(cap -> cap.equalsIgnoreCase("LOGINDISABLED"));
    }

    /** The message of an exception Mailroom worded itself, if one is in the chain. */
    private static Optional<String> worded(List<Throwable> chain) {
        return chain.stream().filter(Worded.class::isInstance).map(Throwable::getMessage).findFirst();
    }

    private static <T extends Throwable> Optional<T> first(List<Throwable> chain, Class<T> type) {
        return chain.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private static boolean has(List<Throwable> chain, Class<? extends Throwable> type) {
        return chain.stream().anyMatch(type::isInstance);
    }

    /** Whether any message of the chain says what the error table's row says. */
    private static boolean mentions(List<Throwable> chain, KnownError row) {
        return chain.stream().map(Throwable::getMessage).anyMatch(row::saidIn);
    }
}
