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
import java.util.Set;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.mailroom.domain.Protocol;
import org.mailroom.mail.ProbeExceptions.CancelledException;
import org.mailroom.mail.ProbeExceptions.HostNameMismatchException;
import org.mailroom.mail.ProbeExceptions.MechanismNotOfferedException;
import org.mailroom.mail.ProbeExceptions.NotAuthenticatedException;
import org.mailroom.mail.ProbeExceptions.UntrustedCertificateException;
import org.mailroom.text.Text;

/**
 * Names the cause of a failure from the whole cause chain, never from the outer exception type alone:
 * Angus wraps the same cause differently per protocol (POP3 reports a read timeout as an
 * AuthenticationFailedException, IMAP a refused STARTTLS as a plain MessagingException).
 */
final class FailureClassifier {

    private static final Pattern TIMED_OUT = Pattern.compile("(?i)\\btimed out\\b");
    private static final Pattern NO_MECHANISM = Pattern.compile(
            "(?i)No authentication mechanisms supported|No login methods supported");
    private static final Pattern NO_STARTTLS = Pattern.compile(
            "(?i)(STARTTLS|STLS).*(not support|does not support)|not support.*(STARTTLS|STLS)");

    private FailureClassifier() {
    }

    static Failure classify(Throwable error, Protocol protocol, ProbeStep reached, String login, SecretMasker masker) {
        List<Throwable> chain = chain(error);
        FailureKind kind = kindOf(chain, reached);
        String reason = masker.mask(reason(chain));
        String action = kind == FailureKind.AUTHENTICATION_FAILED || kind == FailureKind.MECHANISM_NOT_OFFERED
                ? ExchangeHints.actionFor(protocol, reason, login).orElse(kind.action())
                : kind.action();
        ProbeStep step = kind.step() != null ? kind.step() : reached;
        return new Failure(kind, step, reason, action);
    }

    private static FailureKind kindOf(List<Throwable> chain, ProbeStep reached) {
        if (has(chain, CancelledException.class)) {
            return FailureKind.CANCELLED;
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
        if (has(chain, SocketTimeoutException.class)) {
            return FailureKind.TIMEOUT;
        }
        if (has(chain, ConnectException.class)) {
            return FailureKind.REFUSED;
        }
        if (mentions(chain, TIMED_OUT)) {
            return FailureKind.TIMEOUT; // POP3 turns a read timeout into AuthenticationFailedException("Read timed out")
        }
        if (has(chain, CertPathValidatorException.class) || has(chain, CertPathBuilderException.class)) {
            return FailureKind.UNTRUSTED_CERTIFICATE;
        }
        if (has(chain, SSLException.class)) {
            return FailureKind.TLS_HANDSHAKE;
        }
        if (has(chain, MechanismNotOfferedException.class) || mentions(chain, NO_MECHANISM)) {
            return FailureKind.MECHANISM_NOT_OFFERED;
        }
        if (mentions(chain, NO_STARTTLS)) {
            return FailureKind.STARTTLS_NOT_OFFERED;
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

    private static boolean has(List<Throwable> chain, Class<? extends Throwable> type) {
        return chain.stream().anyMatch(type::isInstance);
    }

    private static boolean mentions(List<Throwable> chain, Pattern pattern) {
        return chain.stream().map(Throwable::getMessage).anyMatch(m -> m != null && pattern.matcher(m).find());
    }
}
