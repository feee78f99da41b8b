package org.mailroom.oauth;

import java.util.List;
import org.mailroom.domain.Severity;
import org.mailroom.text.Text;

/**
 * What the manifest checker found, and the reminder that the manifest alone grants nothing.
 *
 * @param read    which shape of pasted text was read ("the whole app manifest of …"); empty when it was refused
 * @param partial only some requiredResourceAccess elements were pasted, so the rest of the app was not seen
 */
public record ManifestReport(String read, boolean partial, List<ManifestFinding> findings, String consentReminder) {

    public ManifestReport {
        findings = List.copyOf(findings);
    }

    /** No errors; warnings (an extra permission, a permission under Graph) and remarks may remain. */
    /** The ids the manifest has where another was documented, by permission name: what "Confirm" records. */
    public java.util.Map<String, String> unconfirmed() {
        java.util.Map<String, String> ids = new java.util.TreeMap<>();
        findings.stream().filter(f -> f.kind() == ManifestFinding.Kind.UNCONFIRMED_ID)
                .forEach(f -> ids.put(f.permission().name(), f.foundId()));
        return ids;
    }

    public boolean isCorrect() {
        return count(Severity.ERROR) == 0;
    }

    /** The one sentence above the findings; it never says "exactly" while any finding is listed. */
    public String summary() {
        if (read.isEmpty()) {
            return "";
        }
        long errors = count(Severity.ERROR);
        if (errors > 0) {
            return Text.get("oauth.manifest.summary.mistakes", errors);
        }
        if (partial) {
            return Text.get("oauth.manifest.summary.partOk", findings.size());
        }
        return findings.isEmpty() ? Text.get("oauth.manifest.summary.exact")
                : Text.get("oauth.manifest.summary.remarks", findings.size());
    }

    private long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
