package org.mailroom.mail;

import java.util.Locale;
import org.mailroom.text.Text;

/** The steps of a connection test, in the order the report lists them. */
public enum ProbeStep {
    DNS, TCP, TLS, GREETING, AUTHENTICATION, VERIFY, SIZE;

    public String label() {
        return Text.get("probe.step." + name().toLowerCase(Locale.ROOT));
    }
}
