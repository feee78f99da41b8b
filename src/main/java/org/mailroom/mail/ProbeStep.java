package org.mailroom.mail;

import java.util.Locale;
import org.mailroom.text.Text;

/** The steps of a connection test, in the order the report lists them. */
public enum ProbeStep {
    /** Only for a mailbox that signs in with OAuth 2.0: the access token, before any server is touched. */
    TOKEN,
    DNS, TCP, TLS, GREETING, AUTHENTICATION, VERIFY, SIZE;

    public String label() {
        return Text.get("probe.step." + name().toLowerCase(Locale.ROOT));
    }
}
