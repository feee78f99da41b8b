package org.mailroom.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The check runs through 10,000 mailboxes with many findings each. How long it takes (the UI re-runs it as the
 * workspace changes) is measured by the JMH {@code org.mailroom.bench.CheckBenchmark}: {@code ./mvnw -Pbench verify}.
 */
class LargeWorkspaceCheckTest {

    @Test
    void tenThousandMailboxesAreCheckedWithTheirFindings() {
        CheckReport report = LargeWorkspace.check().run(LargeWorkspace.input(LargeWorkspace.MAILBOXES));

        assertThat(report.counts().total()).isGreaterThan(LargeWorkspace.MAILBOXES);
    }
}
