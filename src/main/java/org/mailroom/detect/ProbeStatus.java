package org.mailroom.detect;

import org.mailroom.text.Text;

/** What the capability probe (no credentials) learnt about a candidate; the order is the ranking order. */
public enum ProbeStatus {
    /** The server answered like a mail server of the candidate's protocol, and TLS (if any) was accepted. */
    CONFIRMED,
    /** The probe did not finish before the time budget ran out or the detection was cancelled. */
    NOT_CHECKED,
    /** The server answered, but the TLS handshake failed: usually a certificate that does not name the host. */
    TLS_FAILED,
    /** Something answered, but not a mail server of the candidate's protocol. */
    NOT_A_MAIL_SERVER,
    /** The host name does not resolve, the port is closed or nothing answered in time. */
    UNREACHABLE;

    public String label() {
        return Text.get("detect.status." + name());
    }
}
