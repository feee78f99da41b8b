package org.mailroom.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A mailbox is enabled exactly when it is assigned to an application whose stream is enabled. */
class ApplicationsTest {

    private static final MailServer IMAP = new MailServer(1, "outlook.office365.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS);
    private static final InboundMailbox SALES = new InboundMailbox(7, "sales", 5, "sales", IMAP);

    @ParameterizedTest(name = "assigned={0}, stream on={1} -> {2}")
    @CsvSource({"false,false,DISABLED", "false,true,DISABLED", "true,false,DISABLED", "true,true,ENABLED"})
    void stateFollowsAssignmentAndStream(boolean assigned, boolean streamOn, MailboxState expected) {
        DigitalApplication app = new DigitalApplication(3, "Sales email", streamOn);
        Applications applications = new Applications(Map.of(3L, app), assigned ? Map.of(7L, 3L) : Map.of());
        assertThat(applications.stateOf(SALES)).isEqualTo(expected);
        assertThat(applications.applicationOf(SALES).isPresent()).isEqualTo(assigned);
    }

    @Test
    void aMailboxWhoseApplicationIsGoneIsDisabled() {
        assertThat(new Applications(Map.of(), Map.of(7L, 3L)).stateOf(SALES)).isEqualTo(MailboxState.DISABLED);
        assertThat(Applications.NONE.stateOf(SALES)).isEqualTo(MailboxState.DISABLED);
    }

    @Test
    void applicationNamesAreRequiredAndShort() {
        assertThat(DigitalApplication.checkName("Sales email")).isEmpty();
        assertThat(DigitalApplication.checkName("x".repeat(64))).isEmpty();
        assertThat(DigitalApplication.checkName("x".repeat(65))).isPresent();
        assertThat(DigitalApplication.checkName("  ")).get().extracting(Violation::message).isEqualTo("Application name: required");
        assertThatThrownBy(() -> DigitalApplication.draft("")).isInstanceOf(RuleViolationException.class);
        assertThat(DigitalApplication.draft("  Sales  ").name()).isEqualTo("Sales");
        assertThat(DigitalApplication.draft("Sales").streamEnabled()).isFalse();
    }
}
