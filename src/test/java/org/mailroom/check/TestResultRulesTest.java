package org.mailroom.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.check.TestWorkspace.clean;

import org.junit.jupiter.api.Test;
import org.mailroom.domain.Severity;
import org.mailroom.mail.StepStatus;

/** Each mailbox's last connection test. */
class TestResultRulesTest {

    @Test
    void neverTested() {
        TestWorkspace w = clean();
        w.untested(w.supportInbox);

        assertThat(w.findings("neverTested")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.item().id()).isEqualTo(w.supportInbox.id());
        });
        assertThat(clean().findings("neverTested")).isEmpty();
    }

    @Test
    void withoutAnyTestResultEveryMailboxIsUntested() {
        TestWorkspace w = clean();

        CheckReport report = new ConfigurationCheck(TestWorkspace.MARCH_2026).run(CheckInput.of(w.content()));

        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("neverTested")).hasSize(2);
    }

    @Test
    void lastTestFailed() {
        TestWorkspace w = clean();
        w.test(w.supportInbox, StepStatus.FAILED, "Login refused");

        assertThat(w.findings("lastTestFailed")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("support@contoso.com", "Login refused", "2026");
        });
        assertThat(w.findings("neverTested")).isEmpty();
    }

    @Test
    void aTestThatPassedWithWarningsIsNoFailure() {
        TestWorkspace w = clean();
        w.test(w.supportInbox, StepStatus.WARNING, "Passed with warnings");

        assertThat(w.findings("lastTestFailed")).isEmpty();
    }
}
