package org.mailroom.check.rules;

import java.util.stream.Collectors;
import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Severity;
import org.mailroom.oauth.ManifestChecker;
import org.mailroom.oauth.ManifestFinding;
import org.mailroom.oauth.ManifestReport;
import org.mailroom.oauth.StoredRegistration;

/**
 * The manifest the admin pasted into the wizard, checked again against the registration as it is now:
 * wrong permission types (a Role written as Scope), wrong resources, full_access_as_app for IMAP, gaps; an id other
 * than the documented one that the admin has not confirmed is a warning.
 */
public final class ManifestMistakes extends Rule {

    public ManifestMistakes() {
        super("manifestMistakes", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (StoredRegistration stored : workspace.content().registrations()) {
            if (stored.registration() == null || stored.registration().grant() == null) {
                continue;
            }
            workspace.manifestOf(stored.id()).ifPresent(manifest -> {
                ManifestReport report = ManifestChecker.check(manifest, stored.registration().protocols(),
                        stored.registration().grant(), workspace.notesOf(stored.id()).confirmedIds());
                String errors = report.findings().stream()
                        .filter(finding -> finding.severity() == Severity.ERROR)
                        .map(ManifestFinding::message).collect(Collectors.joining("; "));
                if (!errors.isEmpty()) {
                    reporter.report(ItemRef.of(stored), ItemRef.of(stored).displayName(), errors);
                }
                // an id other than the documented one is no error by itself: the admin confirms it in the wizard
                String unconfirmed = report.findings().stream().filter(f -> f.kind() == ManifestFinding.Kind.UNCONFIRMED_ID)
                        .map(ManifestFinding::message).collect(Collectors.joining("; "));
                if (!unconfirmed.isEmpty()) {
                    reporter.reportAs(Severity.WARNING, ItemRef.of(stored), ItemRef.of(stored).displayName(), unconfirmed);
                }
            });
        }
    }
}
