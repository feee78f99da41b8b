package org.mailroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mailroom.service.HistoryFixture.password;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.mailroom.history.FieldDifference;
import org.mailroom.history.HistoryEntry;
import org.mailroom.history.HistoryFilter;
import org.mailroom.history.ItemDifference.Action;
import org.mailroom.history.ItemType;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.RegistrationNotes;
import org.mailroom.store.HistoryStore;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.Workspaces;

@BothBackends
class ChangeHistoryTest {

    private HistoryFixture fixture;
    private TempWorkspace workspace;

    @BeforeEach
    void open(TempWorkspace workspace) {
        this.workspace = workspace;
        fixture = new HistoryFixture(workspace);
    }

    private static FieldDifference field(HistoryEntry entry, String key) {
        return entry.difference().fields().stream().filter(f -> f.field().equals(key)).findFirst().orElseThrow();
    }

    private Mailbox addSales() {
        return fixture.mailboxes.save(InboundMailbox.draft("sales", 5, "sales@contoso.com", Workspaces.imapPreset(workspace.servers())),
                password("Pw-never-in-history-1"));
    }

    @Test
    void aMailboxAddedEditedAssignedAndDeletedHasEachVersionWithWhoAndWhen() {
        Mailbox sales = addSales();
        HistoryEntry added = fixture.latest();
        assertThat(added.difference().action()).isEqualTo(Action.ADDED);
        assertThat(added.difference().type()).isEqualTo(ItemType.MAILBOX);
        assertThat(added.difference().name()).isEqualTo("sales");
        assertThat(added.osUser()).isEqualTo("asilva");
        assertThat(added.at()).isEqualTo(HistoryFixture.NOW);
        assertThat(field(added, "maxSize").after()).isEqualTo("5");
        assertThat(field(added, "login").after()).isEqualTo("sales@contoso.com");
        assertThat(added.difference().secretChanged()).isTrue();
        assertThat(added.summary()).contains("Password: changed");

        fixture.mailboxes.save(new InboundMailbox(sales.id(), "sales", 12, "sales@contoso.com", sales.endpoint()), Optional.empty());
        HistoryEntry edited = fixture.latest();
        assertThat(edited.difference().action()).isEqualTo(Action.CHANGED);
        assertThat(edited.difference().fields()).containsExactly(new FieldDifference("maxSize", "5", "12"));
        assertThat(edited.difference().secretChanged()).isFalse();

        DigitalApplication app = fixture.applications.add(DigitalApplication.draft("Sales email"));
        fixture.mailboxes.assign(sales, app);
        assertThat(fixture.latest().difference().fields()).containsExactly(new FieldDifference("application", "", "Sales email"));

        fixture.mailboxes.assign(sales, null);
        fixture.mailboxes.delete(sales);
        HistoryEntry removed = fixture.latest();
        assertThat(removed.difference().action()).isEqualTo(Action.REMOVED);
        assertThat(field(removed, "maxSize").before()).isEqualTo("12");
        assertThat(fixture.history.lastChange(ItemType.MAILBOX, sales.id())).contains(removed);
    }

    @Test
    void onlyAPasswordTypedAgainIsAChangeSaidAsChangedNeverItsValue() {
        Mailbox sales = addSales();
        fixture.mailboxes.save(sales, password("Another-secret-2"));
        HistoryEntry entry = fixture.latest();
        assertThat(entry.difference().action()).isEqualTo(Action.CHANGED);
        assertThat(entry.difference().fields()).isEmpty();
        assertThat(entry.summary()).isEqualTo("Password: changed");
        List<String> stored = workspace.database().inTransaction(() -> new HistoryStore(workspace.database()).page(HistoryStore.Filter.ALL, 0, 100)
                .stream().map(row -> row.fieldsBefore() + row.fieldsAfter()).toList());
        assertThat(String.join("", stored)).doesNotContain("Pw-never-in-history-1").doesNotContain("Another-secret-2");
    }

    @Test
    void aRefusedChangeLeavesNoHistory() {
        addSales();
        int before = fixture.count();
        assertThatThrownBy(() -> fixture.mailboxes.save(InboundMailbox.draft("SALES", 5, "other", Workspaces.imapPreset(workspace.servers())),
                Optional.empty())).isInstanceOf(RuleViolationException.class);
        fixture.applications.add(DigitalApplication.draft("Twice"));
        int afterApp = fixture.count();
        assertThatThrownBy(() -> fixture.applications.add(DigitalApplication.draft("twice"))).isInstanceOf(RuleViolationException.class);
        assertThat(fixture.count()).isEqualTo(afterApp).isEqualTo(before + 1);
    }

    @Test
    void mailServersApplicationsFromAddressesAndRegistrationsAreRecordedFieldByField() {
        MailServer server = fixture.servers.save(MailServer.draft("imap.contoso.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS));
        fixture.servers.save(new MailServer(server.id(), "imap.contoso.com", 143, Protocol.IMAP, ConnectionSecurity.STARTTLS));
        HistoryEntry port = fixture.latest();
        assertThat(port.difference().type()).isEqualTo(ItemType.MAIL_SERVER);
        assertThat(port.difference().fields()).extracting(FieldDifference::field).containsExactly("name", "port", "security");
        assertThat(field(port, "port")).isEqualTo(new FieldDifference("port", "993", "143"));

        DigitalApplication app = fixture.applications.add(DigitalApplication.draft("Sales email"));
        fixture.applications.update(app.renamed("Sales EU").withStream(true));
        HistoryEntry renamed = fixture.latest();
        assertThat(renamed.difference().fields()).containsExactly(new FieldDifference("name", "Sales email", "Sales EU"),
                new FieldDifference("stream", "disabled", "enabled"));

        AttributeFolder folder = fixture.fromAddresses.addFolder(AttributeFolder.draft("Email"));
        assertThat(fixture.latest().difference().type()).isEqualTo(ItemType.FOLDER);
        BusinessAttribute attribute = fixture.fromAddresses.addAttributeAndChoose(BusinessAttribute.draft(folder.id(), "FromAddresses"));
        assertThat(fixture.entries().subList(0, 2)).extracting(e -> e.difference().type())
                .containsExactlyInAnyOrder(ItemType.ATTRIBUTE, ItemType.SETTING);
        FromAddress value = fixture.fromAddresses.addValue(FromAddress.draft(attribute.id(), "sales@contoso.com", "Contoso Sales"));
        fixture.fromAddresses.updateDisplayName(value.withDisplayName("Contoso Sales Team"));
        assertThat(fixture.latest().difference().fields())
                .containsExactly(new FieldDifference("displayName", "Contoso Sales", "Contoso Sales Team"));
        fixture.fromAddresses.deleteValue(value.withDisplayName("Contoso Sales Team"));
        assertThat(fixture.latest().difference().action()).isEqualTo(Action.REMOVED);

        Mailbox sales = addSales();
        fixture.registrations.register(new AzureAppRegistration("Contoso mail", "1b2c3d4e-0000-4000-8000-00000000abcd",
                "contoso.onmicrosoft.com", Cloud.GLOBAL, AccountType.SINGLE_TENANT, GrantType.PASSWORD, Set.of(OAuthProtocol.IMAP)),
                List.of(sales), sales, Optional.empty(), RegistrationNotes.NONE);
        List<HistoryEntry> registered = fixture.entries().subList(0, 2);
        HistoryEntry registration = registered.stream().filter(e -> e.difference().type() == ItemType.REGISTRATION).findFirst().orElseThrow();
        assertThat(field(registration, "mailboxes").after()).isEqualTo("sales (test mailbox)");
        assertThat(field(registration, "cloud").after()).isEqualTo("Global (login.microsoftonline.com)");
        HistoryEntry signIn = registered.stream().filter(e -> e.difference().type() == ItemType.MAILBOX).findFirst().orElseThrow();
        assertThat(field(signIn, "signIn")).isEqualTo(new FieldDifference("signIn", "Password", "OAuth 2.0 · Contoso mail"));
    }

    @Test
    void theDisplayNameAnAdminSetsIsShownBesideTheOsUser() {
        fixture.history.setDisplayName("  Ana Silva ");
        addSales();
        assertThat(fixture.latest().who()).isEqualTo("Ana Silva (asilva)");
        assertThatThrownBy(() -> fixture.history.setDisplayName("x".repeat(129))).isInstanceOf(RuleViolationException.class);
        assertThat(fixture.history.displayName()).contains("Ana Silva");
        fixture.history.setDisplayName("");
        assertThat(new ChangeHistory(workspace.database(), Clock.systemUTC(), "asilva").displayName()).isEmpty();
    }

    @Test
    void theHistoryFiltersByItemKindAdminAndDate() {
        Instant day1 = Instant.parse("2026-11-01T09:00:00Z");
        Instant day2 = Instant.parse("2026-11-20T09:00:00Z");
        HistoryFixture first = new HistoryFixture(workspace, Clock.fixed(day1, ZoneOffset.UTC));
        first.applications.add(DigitalApplication.draft("Billing"));
        var database = workspace.database();
        ChangeHistory other = new ChangeHistory(database, Clock.fixed(day2, ZoneOffset.UTC), "bkumar");
        new DigitalApplications(workspace.applications(), fixture.events, other).add(DigitalApplication.draft("Sales email"));
        addSales();

        assertThat(fixture.history.count(new HistoryFilter(ItemType.APPLICATION, null, null, null, null, null))).isEqualTo(2);
        assertThat(fixture.history.count(new HistoryFilter(null, null, "SALES", null, null, null))).isEqualTo(2);
        assertThat(fixture.history.count(new HistoryFilter(null, null, null, "bkumar", null, null))).isEqualTo(1);
        assertThat(fixture.history.page(new HistoryFilter(null, null, null, null, day1, day2), 0))
                .extracting(e -> e.difference().name()).containsExactly("Billing");
        assertThat(fixture.history.count(new HistoryFilter(null, null, "100%", null, null, null))).isZero();
        assertThat(fixture.history.admins()).containsExactly("asilva", "bkumar");
    }

    @Test
    void historyOutlivesReopeningTheWorkspace() {
        addSales();
        workspace.reopen();
        HistoryFixture reopened = new HistoryFixture(workspace);
        assertThat(reopened.latest().difference().name()).isEqualTo("sales");
        assertThat(new String(reopened.latest().difference().after().orElseThrow().fieldsJson().getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8)).contains("\"login\":\"sales@contoso.com\"");
    }
}
