package org.mailroom.check;

import java.util.List;

/** The findings of one run, errors first, then in catalogue order, then in workspace order. */
public record CheckReport(List<Finding> findings, SeverityCounts counts) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    static CheckReport of(List<Finding> findings) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (Finding finding : findings) {
            switch (finding.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
        }
        return new CheckReport(findings, new SeverityCounts(errors, warnings, infos));
    }

    public boolean hasErrors() {
        return counts.errors() > 0;
    }

    /** The findings about one item, for a details panel. */
    public List<Finding> about(ItemRef item) {
        return findings.stream().filter(f -> f.item().kind() == item.kind() && f.item().id() == item.id()).toList();
    }
}
