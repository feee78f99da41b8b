package org.mailroom.mail;

import org.mailroom.diagnosis.KnownError;

/**
 * Why a test failed, in the admin's terms; each kind is a row of the one error table ({@link KnownError}), which
 * holds its words and the action that usually fixes it.
 */
public enum FailureKind {
    TOKEN_REFUSED(ProbeStep.TOKEN, KnownError.TOKEN_REFUSED),
    DNS(ProbeStep.DNS, KnownError.DNS),
    REFUSED(ProbeStep.TCP, KnownError.REFUSED),
    TIMEOUT(null, KnownError.TIMEOUT),
    OTHER_PROTOCOL(ProbeStep.GREETING, KnownError.OTHER_PROTOCOL),
    TURNED_AWAY(ProbeStep.GREETING, KnownError.TURNED_AWAY),
    TLS_HANDSHAKE(ProbeStep.TLS, KnownError.TLS_HANDSHAKE),
    OLD_TLS(ProbeStep.TLS, KnownError.OLD_TLS),
    CERTIFICATE_EXPIRED(ProbeStep.TLS, KnownError.CERTIFICATE_EXPIRED),
    CERTIFICATE_NOT_YET_VALID(ProbeStep.TLS, KnownError.CERTIFICATE_NOT_YET_VALID),
    PIN_MISMATCH(ProbeStep.TLS, KnownError.PIN_MISMATCH),
    UNTRUSTED_CERTIFICATE(ProbeStep.TLS, KnownError.UNTRUSTED_CERTIFICATE),
    HOST_NAME_MISMATCH(ProbeStep.TLS, KnownError.HOST_NAME_MISMATCH),
    STARTTLS_NOT_OFFERED(ProbeStep.TLS, KnownError.STARTTLS_NOT_OFFERED),
    PLAINTEXT_REFUSED(ProbeStep.AUTHENTICATION, KnownError.PLAINTEXT_REFUSED),
    LOGIN_DELAYED(ProbeStep.AUTHENTICATION, KnownError.LOGIN_DELAYED),
    MECHANISM_NOT_OFFERED(ProbeStep.AUTHENTICATION, KnownError.MECHANISM_NOT_OFFERED),
    AUTHENTICATION_FAILED(ProbeStep.AUTHENTICATION, KnownError.AUTHENTICATION_FAILED),
    MAILBOX_UNAVAILABLE(ProbeStep.VERIFY, KnownError.MAILBOX_UNAVAILABLE),
    /** Graph or EWS: the token is good, but this mailbox is not open to it (permission, RBAC scope, access policy). */
    ACCESS_DENIED(ProbeStep.VERIFY, KnownError.ACCESS_DENIED),
    /** Graph or EWS: 429 (or EWS's ErrorServerBusy) for longer than the test could wait. */
    THROTTLED(null, KnownError.THROTTLED),
    /** EWS on Exchange Online after Microsoft's block (facts §7): no fix but moving the mailbox to Graph. */
    EWS_BLOCKED(ProbeStep.AUTHENTICATION, KnownError.EWS_BLOCKED),
    /** Graph or EWS answered with an error of its own (5xx), or something else answers at the URL. */
    SERVICE_ERROR(null, KnownError.SERVICE_ERROR),
    NETWORK(null, KnownError.NETWORK),
    CANCELLED(null, KnownError.CANCELLED),
    UNEXPECTED(null, KnownError.UNEXPECTED);

    private final ProbeStep step;
    private final KnownError row;

    FailureKind(ProbeStep step, KnownError row) {
        this.step = step;
        this.row = row;
    }

    /** The step this failure belongs to, or null when it can happen in any step (a timeout, a cancel). */
    ProbeStep step() {
        return step;
    }

    /** Its row of the error table. */
    public KnownError row() {
        return row;
    }

    /** "Untrusted certificate". */
    public String label() {
        return row.cause();
    }

    /** The usual fix, for the admin. */
    public String action() {
        return row.fix();
    }
}
