package org.mailroom.retirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Protocol;
import org.mailroom.mail.LegacyTlsRetirement;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.ProtocolNote;
import org.mailroom.oauth.ProtocolNotes;

/** The dated table, read with days on both sides of each date, and the README's copy of it. */
class RetirementTest {

    @Test
    void eachDateTakesEffectOnItsDayAndNotTheDayBefore() {
        for (Retirement change : Retirement.values()) {
            change.date().ifPresentOrElse(day -> {
                assertThat(change.inEffectOn(day.minusDays(1))).as(change.topic()).isFalse();
                assertThat(change.inEffectOn(day)).as(change.topic()).isTrue();
                assertThat(change.inEffectOn(day.plusYears(1))).as(change.topic()).isTrue();
            }, () -> assertThat(change.inEffectOn(LocalDate.of(2100, 1, 1))).as(change.topic()).isFalse());
        }
    }

    @Test
    void theDatesOfFactsSection7() {
        assertThat(Retirement.EWS_BLOCKED.isoDate()).isEqualTo("2026-10-01");
        assertThat(Retirement.EWS_SHUT_DOWN.isoDate()).isEqualTo("2027-04-01");
        assertThat(Retirement.SMTP_BASIC_AUTH_OFF_BY_DEFAULT.when()).isEqualTo("the end of December 2026");
        assertThat(Retirement.SMTP_BASIC_AUTH_REMOVED.when()).contains("second half of 2027");
        assertThat(Retirement.LEGACY_TLS_POP_IMAP.when()).isEqualTo("rollout from 2026-07-01 to 2026-12-31");
        assertThat(Retirement.ROPC_DEPRECATED.when()).contains("no retirement date");
        assertThat(Retirement.APPLICATION_IMPERSONATION_REMOVED.when()).isEqualTo("February 2025");
    }

    @Test
    void theWizardNoteOnEwsFollowsTheClock() {
        assertThat(ewsNote("2026-09-30")).contains("blocks EWS in Exchange Online from 2026-10-01", "plan to move");
        assertThat(ewsNote("2026-10-01")).contains("has blocked EWS in Exchange Online since 2026-10-01", "shuts it down on 2027-04-01");
        assertThat(ewsNote("2027-04-01")).contains("shut EWS in Exchange Online down on 2027-04-01");
        List<ProtocolNote> smtp = ProtocolNotes.notesFor(Set.of(OAuthProtocol.SMTP), GrantType.PASSWORD, LocalDate.parse("2026-12-30"));
        assertThat(smtp.get(0).text()).contains("from the end of December 2026");
        smtp = ProtocolNotes.notesFor(Set.of(OAuthProtocol.SMTP), GrantType.PASSWORD, LocalDate.parse("2026-12-31"));
        assertThat(smtp.get(0).text()).contains("since the end of December 2026");
    }

    private static String ewsNote(String today) {
        return ProtocolNotes.notesFor(EnumSet.of(OAuthProtocol.EWS), GrantType.PASSWORD, LocalDate.parse(today)).get(0).text();
    }

    @Test
    void legacyTlsWithExchangeOnlineIsNamedInTheTenseOfTheDay() {
        String host = "outlook.office365.com";
        assertThat(LegacyTlsRetirement.warning(Protocol.IMAP, host, "TLSv1.1", LocalDate.parse("2026-06-30")))
                .hasValueSatisfying(text -> assertThat(text).contains("TLSv1.1", "retires", "from 2026-07-01 to 2026-12-31"));
        assertThat(LegacyTlsRetirement.warning(Protocol.POP3, host, "TLSv1", LocalDate.parse("2026-07-01")))
                .hasValueSatisfying(text -> assertThat(text).contains("is retiring", "any day"));
        assertThat(LegacyTlsRetirement.warning(Protocol.IMAP, host, "TLSv1.1", LocalDate.parse("2027-01-01")))
                .hasValueSatisfying(text -> assertThat(text).contains("has retired", "since 2026-12-31"));
        assertThat(LegacyTlsRetirement.warning(Protocol.IMAP, host, "TLSv1.2", LocalDate.parse("2027-01-01"))).isEmpty();
        assertThat(LegacyTlsRetirement.warning(Protocol.IMAP, "imap.example.org", "TLSv1.1", LocalDate.parse("2027-01-01"))).isEmpty();
        assertThat(LegacyTlsRetirement.warning(Protocol.SMTP, "smtp.office365.com", "TLSv1.1", LocalDate.parse("2027-01-01"))).isEmpty();
        assertThat(LegacyTlsRetirement.oldTlsAction(Protocol.IMAP, host, LocalDate.parse("2027-01-01")))
                .hasValueSatisfying(text -> assertThat(text).contains("has retired them", "TLS 1.2 or later"));
    }

    /** The README's "Dated changes" table is this one, row for row. */
    @Test
    void theReadmeShowsTheTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> rows = Arrays.stream(Retirement.values()).map(RetirementTest::row).toList();
        String table = "| change | when | what it means | source |\n|---|---|---|---|\n" + String.join("\n", rows) + "\n";
        assertThat(readme).as("README table, expected:\n" + table).contains(table);
    }

    private static String row(Retirement change) {
        return "| " + change.topic() + " | " + change.when() + " | " + change.change() + " | " + change.source() + " |";
    }
}
