package org.mailroom.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Severity;
import org.mailroom.io.ConfigurationSummary;
import org.mailroom.mail.LastTest;
import org.mailroom.mail.StepStatus;
import org.mailroom.oauth.RegistrationNotes;

/** Client secrets (typed from the portal) and the certificates tests saw: warned 30 days ahead, an error once expired. */
class ExpiryRulesTest {

    private static TestWorkspace withSecretExpiring(String date) {
        TestWorkspace w = TestWorkspace.clean();
        w.notes.put(w.contosoApp.id(), w.notes.get(w.contosoApp.id()).withSecretExpires(LocalDate.parse(date)));
        return w;
    }

    private static void sawCertificate(TestWorkspace w, org.mailroom.domain.Mailbox mailbox, String notAfter) {
        w.tests.put(mailbox.id(), new LastTest(mailbox.id(), TestWorkspace.TESTED_AT, StepStatus.OK, "Passed",
                "CN=outlook.office365.com", Instant.parse(notAfter)));
    }

    @Test
    void aSecretIsWarnedThirtyDaysAheadAndAnErrorOnceExpired() {
        // the check's clock says 2026-03-01
        assertThat(withSecretExpiring("2026-03-20").findings("secretExpiry")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("The client secret of Contoso mail expires on 2026-03-20, in 19 days.");
        });
        assertThat(withSecretExpiring("2026-02-20").findings("secretExpiry")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("expired on 2026-02-20, 9 days ago", "no token");
            assertThat(f.fix()).contains("Certificates & secrets", "wizard's");
        });
        assertThat(withSecretExpiring("2026-03-31").findings("secretExpiry")).as("30 days ahead: still a warning").hasSize(1);
        assertThat(withSecretExpiring("2026-04-01").findings("secretExpiry")).isEmpty();
        assertThat(TestWorkspace.clean().findings("secretExpiry")).isEmpty();
    }

    @Test
    void aCertificateATestSawIsListedOncePerServer() {
        TestWorkspace w = TestWorkspace.clean();
        org.mailroom.domain.InboundMailbox second = w.inbound("second", "second@contoso.com", w.imap);
        sawCertificate(w, w.supportInbox, "2026-03-15T23:59:59Z");
        sawCertificate(w, second, "2026-03-15T23:59:59Z");
        sawCertificate(w, w.outbound, "2026-02-01T00:00:00Z");

        List<Finding> findings = w.findings("certificateExpiry");

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(findings.get(0).item()).isEqualTo(ItemRef.of(w.smtp));
        assertThat(findings.get(0).message()).contains("CN=outlook.office365.com", "expired on 2026-02-01, 28 days ago");
        assertThat(findings.get(1).item()).isEqualTo(ItemRef.of(w.imap));
        assertThat(findings.get(1).message()).contains("expires on 2026-03-15, in 14 days");
    }

    @Test
    void thePrintableSummaryListsWhatExpires() {
        TestWorkspace w = withSecretExpiring("2027-05-31");
        sawCertificate(w, w.supportInbox, "2026-12-01T10:00:00Z");

        String html = ConfigurationSummary.html(w.input(), List.of(), ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.UTC));

        assertThat(html).contains("<h2>What expires</h2>", "Server certificate CN=outlook.office365.com", "2026-12-01",
                "Client secret of Contoso mail", "2027-05-31", "<td>1</td>");
        assertThat(html.indexOf("2026-12-01")).as("soonest first").isLessThan(html.indexOf("2027-05-31"));
    }

    @Test
    void notesWithoutADateAddNothing() {
        TestWorkspace w = TestWorkspace.clean();
        w.notes.put(w.contosoApp.id(), RegistrationNotes.NONE);
        assertThat(ExpiryRegister.of(w.input(), LocalDate.of(2026, 3, 1))).isEmpty();
    }
}
