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
        List<Violation> found = WorkspaceRules.checkSave(InboundMailbox.draft("SALES", 5, "x", IMAP), List.of(SALES));
        assertThat(found).extracting(Violation::message)
                .containsExactly("Mailbox Name: 'SALES' is already used by another mailbox (names are compared ignoring case)");
    }

    @Test
    void savingAMailboxAgainIsNotADuplicateOfItself() {
        assertThat(WorkspaceRules.checkSave(SALES.edited(10, "sales", IMAP), List.of(SALES, OUTBOUND))).isEmpty();
    }

    @Test
    void onlyOneOutboundMailboxIsPermitted() {
        List<Violation> found = WorkspaceRules.checkSave(OutboundMailbox.draft("a@contoso.com", "b", SMTP), List.of(SALES, OUTBOUND));
        assertThat(found).extracting(Violation::message)
                .containsExactly("Direction: only one outbound mailbox is permitted; edit smtp-client instead");
        assertThat(WorkspaceRules.checkSave(OutboundMailbox.draft("a@contoso.com", "b", SMTP), List.of(SALES))).isEmpty();
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
