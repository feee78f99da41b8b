package org.mailroom.domain;

import org.mailroom.text.Text;

/**
 * How bad a finding is, for the configuration check and the OAuth wizard alike. Only errors make the headless
 * check fail or block the wizard's Next; the order is the order of the check's list.
 */
public enum Severity {
    /** Mail will not flow, or the product refuses the configuration. */
    ERROR,
    /** Likely to break, or against a vendor recommendation; the admin may know better and go on. */
    WARNING,
    /** A step or fact worth knowing, or something to tidy; nothing is wrong. */
    INFO;

    /** "Error", "Warning", "Info": for the check's list, its command line and the README's rule table. */
    public String label() {
        return Text.get("severity." + name());
    }
}
