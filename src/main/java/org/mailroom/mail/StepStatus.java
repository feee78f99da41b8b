package org.mailroom.mail;

import java.util.Locale;
import org.mailroom.text.Text;

public enum StepStatus {
    OK, WARNING, FAILED, SKIPPED;

    public String label() {
        return Text.get("probe.status." + name().toLowerCase(Locale.ROOT));
    }
}
