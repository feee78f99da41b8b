package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Applications;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxState;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.Workspaces;

@BothBackends
class ApplicationStoreTest {

    private TempWorkspace workspace;
    private ApplicationStore applications;
    private MailboxStore mailboxes;
    private Mailbox sales;

    @BeforeEach
    void open(TempWorkspace workspace) {
        this.workspace = workspace;
        mailboxes = workspace.mailboxes();
        applications = workspace.applications();
        sales = mailboxes.add(InboundMailbox.draft("sales", 5, "sales", Workspaces.imapPreset(workspace.servers())));
    }

    @Test
    void assignmentAndStreamSurviveAReopen() {
        DigitalApplication app = applications.add(DigitalApplication.draft("Sales email"));
        applications.assign(sales, app);
        applications.update(app.withStream(true));

        Applications reread = new ApplicationStore(workspace.reopen()).findAll();

        assertThat(reread.applicationOf(sales)).contains(app.withStream(true));
        assertThat(reread.stateOf(sales)).isEqualTo(MailboxState.ENABLED);
    }

    @Test
    void disablingTheStreamDisablesItsMailboxes() {
        DigitalApplication app = applications.add(new DigitalApplication(0, "Sales email", true));
        applications.assign(sales, app);
        assertThat(applications.findAll().stateOf(sales)).isEqualTo(MailboxState.ENABLED);

        applications.update(app.withStream(false));
        assertThat(applications.findAll().stateOf(sales)).isEqualTo(MailboxState.DISABLED);
    }

    @Test
    void deletingAnApplicationUnassignsAndDisablesItsMailboxes() {
        DigitalApplication app = applications.add(new DigitalApplication(0, "Sales email", true));
        applications.assign(sales, app);

        applications.delete(app);

        assertThat(applications.findAll().applicationOf(sales)).isEmpty();
        assertThat(applications.findAll().stateOf(sales)).isEqualTo(MailboxState.DISABLED);
        assertThat(mailboxes.findAll()).containsExactly(sales);
    }

    @Test
    void unassigningDisables() {
        DigitalApplication app = applications.add(new DigitalApplication(0, "Sales email", true));
        applications.assign(sales, app);
        applications.assign(sales, null);
        assertThat(applications.findAll().stateOf(sales)).isEqualTo(MailboxState.DISABLED);
    }

    @Test
    void theStoreRefusesToDeleteAnEnabledMailbox() {
        DigitalApplication app = applications.add(new DigitalApplication(0, "Sales email", true));
        applications.assign(sales, app);

        assertThatThrownBy(() -> mailboxes.delete(sales)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Disable application stream 'Sales email' or unassign the mailbox first");
        assertThat(mailboxes.findAll()).containsExactly(sales);

        applications.update(app.withStream(false));
        mailboxes.delete(sales);
        assertThat(mailboxes.findAll()).isEmpty();
    }

    @Test
    void applicationNamesAreUniqueIgnoringCase() {
        applications.add(DigitalApplication.draft("Sales email"));
        assertThatThrownBy(() -> applications.add(DigitalApplication.draft("SALES EMAIL")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Application name: 'SALES EMAIL' is already the name of another application (names are compared ignoring case)");
        assertThat(applications.findAll().byId()).hasSize(1);
    }
}
