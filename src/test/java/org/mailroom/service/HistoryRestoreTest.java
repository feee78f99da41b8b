package org.mailroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.history.HistoryEntry;
import org.mailroom.history.ItemDifference.Action;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.Workspaces;

@BothBackends
class HistoryRestoreTest {

    private HistoryFixture fixture;
    private TempWorkspace workspace;

    @BeforeEach
    void open(TempWorkspace workspace) {
        this.workspace = workspace;
        fixture = new HistoryFixture(workspace);
    }

    @Test
    void anEarlierVersionOfAnApplicationComesBackAndTheRestoreIsItselfInTheHistory() {
        DigitalApplication app = fixture.applications.add(DigitalApplication.draft("Sales email"));
        HistoryEntry first = fixture.latest();
        fixture.applications.update(app.renamed("Sales EU").withStream(true));
        fixture.restore.restore(first);
        assertThat(workspace.applications().find(app.id())).contains(new DigitalApplication(app.id(), "Sales email", false));
        assertThat(fixture.latest().difference().action()).isEqualTo(Action.CHANGED);
        assertThat(fixture.latest().summary()).contains("Sales EU → Sales email");
    }

    @Test
    void aDeletedMailboxComesBackWithItsFieldsAndApplication() {
        DigitalApplication app = fixture.applications.add(DigitalApplication.draft("Sales email"));
        Mailbox sales = fixture.mailboxes.save(InboundMailbox.draft("sales", 15, "sales@contoso.com",
                Workspaces.imapPreset(workspace.servers())), Optional.empty());
        fixture.mailboxes.assign(sales, app); // a disabled stream: the mailbox may be deleted while assigned
        fixture.mailboxes.delete(sales);
        HistoryEntry removed = fixture.latest();
        fixture.restore.restore(removed);
        Mailbox back = workspace.mailboxes().findAll().stream().filter(m -> m.name().equals("sales")).findFirst().orElseThrow();
        assertThat(((InboundMailbox) back).maxSizeMb()).isEqualTo(15);
        assertThat(workspace.applications().findAll().applicationOf(back)).contains(app);
        assertThat(fixture.latest().difference().action()).isEqualTo(Action.ADDED);
    }

    @Test
    void aRestoreTheRulesRefuseSaysWhyAndChangesNothing() {
        Mailbox sales = fixture.mailboxes.save(InboundMailbox.draft("sales", 5, "sales@contoso.com",
                Workspaces.imapPreset(workspace.servers())), Optional.empty());
        fixture.mailboxes.delete(sales);
        HistoryEntry removed = fixture.latest();
        fixture.mailboxes.save(InboundMailbox.draft("SALES", 5, "other@contoso.com", Workspaces.imapPreset(workspace.servers())),
                Optional.empty());
        int rows = fixture.count();
        assertThatThrownBy(() -> fixture.restore.restore(removed)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("sales");
        assertThat(fixture.count()).isEqualTo(rows);
        assertThat(workspace.mailboxes().findAll()).extracting(Mailbox::login).containsExactly("other@contoso.com");
    }

    @Test
    void aMailboxWhoseServerIsGoneIsRefusedInWords() {
        MailServer own = fixture.servers.save(MailServer.draft("imap.contoso.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS));
        Mailbox sales = fixture.mailboxes.save(InboundMailbox.draft("sales", 5, "sales@contoso.com", own), Optional.empty());
        fixture.mailboxes.delete(sales);
        HistoryEntry removed = fixture.latest();
        fixture.servers.delete(own);
        int rows = fixture.count();
        assertThatThrownBy(() -> fixture.restore.restore(removed)).isInstanceOf(RestoreRefusedException.class)
                .hasMessage("Mailbox sales can't be restored: its mail server imap.contoso.com:993 · IMAP · SSL/TLS no longer exists. "
                        + "Add the server again first.");
        assertThat(fixture.count()).isEqualTo(rows);
        assertThat(workspace.mailboxes().findAll()).isEmpty();
    }

    @Test
    void serversFromAddressesAndTheirAttributeComeBack() {
        MailServer server = fixture.servers.save(MailServer.draft("imap.contoso.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS));
        HistoryEntry first = fixture.latest();
        fixture.servers.save(new MailServer(server.id(), "imap.contoso.com", 143, Protocol.IMAP, ConnectionSecurity.STARTTLS));
        fixture.restore.restore(first);
        assertThat(workspace.servers().find(server.id())).contains(server);

        AttributeFolder folder = fixture.fromAddresses.addFolder(AttributeFolder.draft("Email"));
        BusinessAttribute attribute = fixture.fromAddresses.addAttributeAndChoose(BusinessAttribute.draft(folder.id(), "FromAddresses"));
        FromAddress value = fixture.fromAddresses.addValue(FromAddress.draft(attribute.id(), "sales@contoso.com", "Contoso Sales"));
        HistoryEntry added = fixture.latest();
        fixture.fromAddresses.updateDisplayName(value.withDisplayName("Renamed"));
        fixture.restore.restore(added);
        assertThat(workspace.attributes().values(attribute)).extracting(FromAddress::displayName).containsExactly("Contoso Sales");
        fixture.fromAddresses.deleteValue(value);
        fixture.restore.restore(fixture.latest());
        assertThat(workspace.attributes().values(attribute)).extracting(FromAddress::address).containsExactly("sales@contoso.com");
    }
}
