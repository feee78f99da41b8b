package org.mailroom.mail;

import java.util.Locale;
import org.mailroom.text.Text;

/** Why a test failed, in the admin's terms; each kind comes with the action that usually fixes it. */
public enum FailureKind {
    TOKEN_REFUSED(ProbeStep.TOKEN),
    DNS(ProbeStep.DNS),
    REFUSED(ProbeStep.TCP),
    TIMEOUT(null),
    OTHER_PROTOCOL(ProbeStep.GREETING),
    TURNED_AWAY(ProbeStep.GREETING),
    TLS_HANDSHAKE(ProbeStep.TLS),
    OLD_TLS(ProbeStep.TLS),
    CERTIFICATE_EXPIRED(ProbeStep.TLS),
    CERTIFICATE_NOT_YET_VALID(ProbeStep.TLS),
    PIN_MISMATCH(ProbeStep.TLS),
    UNTRUSTED_CERTIFICATE(ProbeStep.TLS),
    HOST_NAME_MISMATCH(ProbeStep.TLS),
    STARTTLS_NOT_OFFERED(ProbeStep.TLS),
    PLAINTEXT_REFUSED(ProbeStep.AUTHENTICATION),
    LOGIN_DELAYED(ProbeStep.AUTHENTICATION),
    MECHANISM_NOT_OFFERED(ProbeStep.AUTHENTICATION),
    AUTHENTICATION_FAILED(ProbeStep.AUTHENTICATION),
    MAILBOX_UNAVAILABLE(ProbeStep.VERIFY),
    /** Graph or EWS: the token is good, but this mailbox is not open to it (permission, RBAC scope, access policy). */
    ACCESS_DENIED(ProbeStep.VERIFY),
    /** Graph or EWS: 429 (or EWS's ErrorServerBusy) for longer than the test could wait. */
    THROTTLED(null),
    /** EWS on Exchange Online after Microsoft's block (facts §7): no fix but moving the mailbox to Graph. */
    EWS_BLOCKED(ProbeStep.AUTHENTICATION),
    /** Graph or EWS answered with an error of its own (5xx), or something else answers at the URL. */
    SERVICE_ERROR(null),
    NETWORK(null),
    CANCELLED(null),
    UNEXPECTED(null);

    private final ProbeStep step;

    FailureKind(ProbeStep step) {
        this.step = step;
    }

    /** The step this failure belongs to, or null when it can happen in any step (a timeout, a cancel). */
    ProbeStep step() {
        return step;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** "Untrusted certificate". */
    public String label() {
        return Text.get("probe.failure." + key());
    }

    /** The usual fix, for the admin. */
    public String action() {
        return Text.get("probe.action." + key());
    }
}
