package org.mailroom.mail;

import java.security.cert.CertificateException;
import org.eclipse.angus.mail.iap.ProtocolException;

/**
 * Exceptions the test puts into Angus' cause chain so the classifier recognises them by type, whatever
 * Angus wraps them in.
 */
public final class ProbeExceptions {

    private ProbeExceptions() {
    }

    /** The certificate chain is not trusted by the system and its fingerprint is not pinned. */
    public static final class UntrustedCertificateException extends CertificateException {
        UntrustedCertificateException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The certificate is accepted but does not name the host that was dialled. */
    public static final class HostNameMismatchException extends CertificateException {
        HostNameMismatchException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The server does not offer the mechanism the credentials need (or no AUTH at all). */
    public static final class MechanismNotOfferedException extends ProtocolException {
        MechanismNotOfferedException(String message) {
            super(message);
        }
    }

    /** The server accepted the connection but never confirmed the login (SMTP without 235). */
    public static final class NotAuthenticatedException extends ProtocolException {
        NotAuthenticatedException(String message) {
            super(message);
        }
    }

    /** An exception whose message is already in the admin's words (from the bundle): it is the failure's reason. */
    public interface Worded {
    }

    /** The certificate's validity period does not hold today: expired or not yet valid. Pinning does not help. */
    public static final class CertificateDatesException extends CertificateException implements Worded {
        private final boolean expired;

        CertificateDatesException(boolean expired, String message, Throwable cause) {
            super(message, cause);
            this.expired = expired;
        }

        public boolean expired() {
            return expired;
        }
    }

    /** A fingerprint was pinned for this server, but the server presented another certificate that no CA vouches for. */
    public static final class PinMismatchException extends CertificateException implements Worded {
        PinMismatchException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A deadline of the test (a step's, or the whole test's) passed: the sockets were closed. */
    public static final class DeadlineException extends java.net.SocketTimeoutException implements Worded {
        DeadlineException(String message) {
            super(message);
        }
    }

    /** The admin cancelled the test. */
    public static final class CancelledException extends java.io.InterruptedIOException {
        CancelledException() {
            super("cancelled");
        }
    }
}
