package org.mailroom.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceRulesTest {

    private static final MailServer IMAP = new MailServer(1, "outlook.office365.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS);
    private static final MailServer SMTP = new MailServer(2, "smtp.office365.com", 587, Protocol.SMTP, ConnectionSecurity.STARTTLS);
    private static final InboundMailbox SALES = new InboundMailbox(1, "Sales", 5, "sales@contoso.com", IMAP);
    private static final OutboundMailbox OUTBOUND = new OutboundMailbox(2, "support@contoso.com", "relay", SMTP);

    @Test
    void namesAreUniqueIgnoringCase() {
        WorkspaceRules rules = WorkspaceRules.of(List.of(SALES, OUTBOUND));
        assertThat(rules.checkName("SALES")).get().extracting(Violation::message)
                .isEqualTo("Mailbox Name: 'SALES' is already used by another mailbox (names are compared ignoring case)");
        assertThat(rules.holderOf("sAlEs")).contains("Sales");
        assertThat(rules.checkName("billing")).isEmpty();
    }

    @Test
    void onlyOneOutboundMailboxIsPermitted() {
        assertThat(WorkspaceRules.of(List.of(SALES, OUTBOUND)).checkDirection(Direction.OUTBOUND)).get()
                .extracting(Violation::message)
                .isEqualTo("Direction: only one outbound mailbox is permitted; edit smtp-client instead");
        assertThat(WorkspaceRules.of(List.of(SALES, OUTBOUND)).checkDirection(Direction.INBOUND)).isEmpty();
        assertThat(WorkspaceRules.of(List.of(SALES)).checkDirection(Direction.OUTBOUND)).isEmpty();
        assertThat(WorkspaceRules.of(List.of(SALES)).hasOutbound()).isFalse();
    }

    @Test
    void aFileIsCheckedOneEntryAtATimeAndABrokenEntryStillCounts() {
        WorkspaceRules rules = WorkspaceRules.of(List.of());
        rules.add("sales", Direction.INBOUND);
        rules.add(null, Direction.OUTBOUND); // an outbound entry whose fields are wrong is still an outbound entry

        assertThat(rules.holderOf("SALES")).contains("sales");
        assertThat(rules.checkDirection(Direction.OUTBOUND)).isPresent();
        assertThat(rules.add(SALES)).as("the name it repeats").contains("sales");
        assertThat(rules.holderOf("SALES")).as("the first mailbox keeps the name").contains("sales");
    }

    @Test
    void violationsCarryTheirFieldAndRuleAndAreWordedOnlyWhenAsked() {
        Violation duplicate = WorkspaceRules.duplicateName("SALES");
        assertThat(duplicate.field()).isEqualTo(Field.MAILBOX_NAME);
        assertThat(duplicate.ruleKey()).isEqualTo("rule.duplicateName");
        assertThat(duplicate.arguments()).containsExactly("SALES");
        assertThat(duplicate.fieldLabel()).isEqualTo("Mailbox Name");
        assertThat(duplicate.ruleText()).isEqualTo("'SALES' is already used by another mailbox (names are compared ignoring case)");
        assertThat(WorkspaceRules.secondOutbound().field()).isEqualTo(Field.DIRECTION);
    }

    @Test
    void anEnabledMailboxCannotBeDeletedAndTheMessageSaysTheWayOut() {
        DigitalApplication on = new DigitalApplication(5, "Sales email", true);
        Applications enabling = new Applications(Map.of(5L, on), Map.of(SALES.id(), 5L));
        assertThat(WorkspaceRules.checkDelete(SALES, enabling)).get().extracting(Violation::message)
                .isEqualTo("Sales: the mailbox is enabled and cannot be deleted. "
                        + "Disable application stream 'Sales email' or unassign the mailbox first.");
        Applications disabled = new Applications(Map.of(5L, on.withStream(false)), Map.of(SALES.id(), 5L));
        assertThat(WorkspaceRules.checkDelete(SALES, disabled)).isEmpty();
        assertThat(WorkspaceRules.checkDelete(SALES, Applications.NONE)).isEmpty();
    }
}
