package org.mailroom.check;

import org.mailroom.text.Text;

/** How many findings of each severity: what the main window's badge shows. */
public record SeverityCounts(int errors, int warnings, int infos) {

    public int total() {
        return errors + warnings + infos;
    }

    public String summary() {
        return Text.get("check.summary", errors, warnings, infos);
    }
}
