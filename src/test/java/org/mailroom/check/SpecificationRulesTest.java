package org.mailroom.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.check.TestWorkspace.clean;

import org.junit.jupiter.api.Test;
import org.mailroom.check.rules.TooManyMailboxes;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Severity;

/** The rules of the specification, of enablement through applications and of From addresses. */
class SpecificationRulesTest {

    @Test
    void aCleanWorkspaceHasNoFindingAtAll() {
        CheckReport report = clean().check();

        assertThat(report.findings()).isEmpty();
        assertThat(report.counts()).isEqualTo(new SeverityCounts(0, 0, 0));
    }

    @Test
    void noOutboundMailbox() {
        TestWorkspace w = clean();
        w.remove(w.outbound);

        assertThat(w.findings("noOutbound")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.item()).isEqualTo(ItemRef.WORKSPACE);
            assertThat(f.message()).contains("no outbound mailbox");
            assertThat(f.fix()).contains("smtp-client");
        });
        assertThat(clean().findings("noOutbound")).isEmpty();
    }

    @Test
    void aSecondOutboundMailboxIsReportedNotTheFirst() {
        TestWorkspace w = clean();
        OutboundMailbox second = w.outbound("sales@contoso.com", "sales@contoso.com", w.smtp);
        w.link(second, w.contosoApp, false);

        assertThat(w.findings("secondOutbound")).singleElement().satisfies(f -> {
            assertThat(f.item()).isEqualTo(new ItemRef(ItemKind.MAILBOX, second.id(), "smtp-client"));
            assertThat(f.message()).contains("sales@contoso.com", "support@contoso.com");
        });
        assertThat(w.findings("duplicateName")).as("smtp-client twice is the outbound rule's business").isEmpty();
        assertThat(clean().findings("secondOutbound")).isEmpty();
    }

    @Test
    void duplicateNamesIgnoringCase() {
        TestWorkspace w = clean();
        InboundMailbox copy = w.inbound("SUPPORT@contoso.com", "other@contoso.com", w.imap);

        assertThat(w.findings("duplicateName")).singleElement().satisfies(f -> {
            assertThat(f.item().id()).isEqualTo(copy.id());
            assertThat(f.message()).contains("SUPPORT@contoso.com", "support@contoso.com");
        });
        w.remove(copy);
        w.inbound("sales@contoso.com", "sales@contoso.com", w.imap);
        assertThat(w.findings("duplicateName")).isEmpty();
    }

    @Test
    void duplicateLoginOnTheSameHostWhateverTheProtocol() {
        TestWorkspace w = clean();
        var pop3 = w.server("OUTLOOK.office365.com", 995, org.mailroom.domain.Protocol.POP3,
                org.mailroom.domain.ConnectionSecurity.SSL_TLS);
        InboundMailbox copy = w.inbound("support_pop", "Support@Contoso.com", pop3);

        assertThat(w.findings("duplicateLogin")).extracting(f -> f.item().id())
                .containsExactly(w.supportInbox.id(), copy.id());
        assertThat(w.findings("duplicateLogin").get(0).message())
                .isEqualTo("Mailbox support@contoso.com signs in to outlook.office365.com as support@contoso.com, "
                        + "like mailbox support_pop: they take each other's messages.");
    }

    @Test
    void sameLoginOnAnotherHostOrForSendingIsNoDuplicate() {
        TestWorkspace w = clean(); // smtp-client and the support inbox share a login, on different hosts
        var onPremises = w.server("mail.contoso.com", 993, org.mailroom.domain.Protocol.IMAP,
                org.mailroom.domain.ConnectionSecurity.SSL_TLS);
        w.inbound("support_onprem", "support@contoso.com", onPremises);

        assertThat(w.findings("duplicateLogin")).isEmpty();
    }

    @Test
    void threeMailboxesOnOneLoginNameOneAndCountTheRest() {
        TestWorkspace w = clean();
        w.inbound("second", "support@contoso.com", w.imap);
        w.inbound("third", "support@contoso.com", w.imap);

        assertThat(w.findings("duplicateLogin")).hasSize(3);
        assertThat(w.findings("duplicateLogin").get(0).message()).contains("like 2 other mailboxes (second among them)");
    }

    @Test
    void duplicateFromAddressWithinTheAttribute() {
        TestWorkspace w = clean();
        FromAddress copy = w.fromAddress("Sales@Contoso.com");

        assertThat(w.findings("duplicateFromAddress")).singleElement()
                .satisfies(f -> assertThat(f.item()).isEqualTo(new ItemRef(ItemKind.FROM_ADDRESS, copy.id(), "Sales@Contoso.com")));
        assertThat(clean().findings("duplicateFromAddress")).isEmpty();
    }

    @Test
    void moreThan25MailboxesPerInstance() {
        TestWorkspace w = clean();
        for (int i = 0; w.mailboxes.size() < TooManyMailboxes.RECOMMENDED_MAXIMUM; i++) {
            w.inbound("box" + i, "box" + i + "@contoso.com", w.imap);
        }
        assertThat(w.findings("tooManyMailboxes")).as("25 is still fine").isEmpty();

        w.inbound("one.too.many", "one.too.many@contoso.com", w.imap);

        assertThat(w.findings("tooManyMailboxes")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("26 mailboxes", "at most 25");
        });
    }

    @Test
    void unassignedMailbox() {
        TestWorkspace w = clean();
        w.unassign(w.supportInbox);

        assertThat(w.findings("unassigned")).singleElement()
                .satisfies(f -> assertThat(f.item()).isEqualTo(new ItemRef(ItemKind.MAILBOX, w.supportInbox.id(), "support@contoso.com")));
        assertThat(clean().findings("unassigned")).isEmpty();
    }

    @Test
    void assignedToAnApplicationThatNoLongerExistsCountsAsUnassigned() {
        TestWorkspace w = clean();
        w.applications.remove(w.support.id());

        assertThat(w.findings("unassigned")).hasSize(2);
    }

    @Test
    void assignedToADisabledStream() {
        TestWorkspace w = clean();
        DigitalApplication paused = w.application("Billing", false);
        w.assign(w.supportInbox, paused);

        assertThat(w.findings("streamDisabled")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("support@contoso.com", "Billing");
            assertThat(f.fix()).contains("Billing");
        });
        assertThat(w.findings("unassigned")).isEmpty();
        assertThat(clean().findings("streamDisabled")).isEmpty();
    }

    @Test
    void fromAddressOnAnotherDomainNeedsSendAs() {
        TestWorkspace w = clean();
        FromAddress fabrikam = w.fromAddress("help@fabrikam.com");

        assertThat(w.findings("sendAs")).singleElement().satisfies(f -> {
            assertThat(f.item().id()).isEqualTo(fabrikam.id());
            assertThat(f.message()).contains("help@fabrikam.com", "contoso.com");
        });
        assertThat(clean().findings("sendAs")).as("sales@contoso.com is on the outbound domain").isEmpty();
    }

    @Test
    void withoutOutboundThereIsNoDomainToCompareWith() {
        TestWorkspace w = clean();
        w.fromAddress("help@fabrikam.com");
        w.remove(w.outbound);

        assertThat(w.findings("sendAs")).isEmpty();
    }
}
