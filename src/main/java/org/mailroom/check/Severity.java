package org.mailroom.check;

import org.mailroom.text.Text;

/** How bad a finding is. Only errors make the headless check fail; the order is the order of the list. */
public enum Severity {
    /** Mail will not flow, or the product refuses the configuration. */
    ERROR,
    /** Likely to break, or against a vendor recommendation; the admin may know better. */
    WARNING,
    /** Worth knowing or tidying; nothing is wrong. */
    INFO;

    public String label() {
        return Text.get("check.severity." + name());
    }
}
