package org.mailroom.mail;

import java.security.cert.CertificateException;
import org.eclipse.angus.mail.iap.ProtocolException;

/**
 * Exceptions the test puts into Angus' cause chain so the classifier recognises them by type, whatever
 * Angus wraps them in.
 */
final class ProbeExceptions {

    private ProbeExceptions() {
    }

    /** The certificate chain is not trusted by the system and its fingerprint is not pinned. */
    static final class UntrustedCertificateException extends CertificateException {
        UntrustedCertificateException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The certificate is accepted but does not name the host that was dialled. */
    static final class HostNameMismatchException extends CertificateException {
        HostNameMismatchException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The server does not offer the mechanism the credentials need (or no AUTH at all). */
    static final class MechanismNotOfferedException extends ProtocolException {
        MechanismNotOfferedException(String message) {
            super(message);
        }
    }

    /** The server accepted the connection but never confirmed the login (SMTP without 235). */
    static final class NotAuthenticatedException extends ProtocolException {
        NotAuthenticatedException(String message) {
            super(message);
        }
    }

    /** The admin cancelled the test. */
    static final class CancelledException extends java.io.InterruptedIOException {
        CancelledException() {
            super("cancelled");
        }
    }
}
