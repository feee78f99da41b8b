package org.mailroom.oauth;

import java.util.List;
import org.mailroom.domain.Severity;

/** What the manifest checker found, and the reminder that the manifest alone grants nothing. */
public record ManifestReport(List<ManifestFinding> findings, String consentReminder) {

    public ManifestReport {
        findings = List.copyOf(findings);
    }

    /** No errors; warnings (an extra permission, a permission under Graph) may remain. */
    public boolean isCorrect() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
