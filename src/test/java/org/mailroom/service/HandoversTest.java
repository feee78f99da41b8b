package org.mailroom.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailroom.check.CheckReport;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.history.ChangeReport;
import org.mailroom.history.FieldDifference;
import org.mailroom.history.ItemDifference;
import org.mailroom.history.ItemDifference.Action;
import org.mailroom.history.ItemType;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.Vault;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.Workspaces;

@BothBackends
class HandoversTest {

    private HistoryFixture fixture;
    private TempWorkspace workspace;

    @BeforeEach
    void open(TempWorkspace workspace) {
        this.workspace = workspace;
        fixture = new HistoryFixture(workspace);
    }

    private Mailbox addSales() {
        return fixture.mailboxes.save(InboundMailbox.draft("sales", 5, "sales@contoso.com", Workspaces.imapPreset(workspace.servers())),
                Optional.empty());
    }

    @Test
    void withoutAHandoverEverythingIsNew() {
        addSales();
        Handovers.Review review = fixture.handovers.sinceLast();
        assertThat(review.last()).isEmpty();
        assertThat(review.differences()).extracting(ItemDifference::action).containsOnly(Action.ADDED);
        assertThat(review.differences()).extracting(ItemDifference::name).contains("sales", "outlook.office365.com:993 · IMAP · SSL/TLS");
    }

    @Test
    void theReviewListsWhatWasAddedRemovedAndChangedSinceTheLastHandoverWithTheFindingsAboutIt() {
        Mailbox sales = addSales();
        DigitalApplication old = fixture.applications.add(DigitalApplication.draft("Old app"));
        fixture.handovers.mark(Handovers.Reason.MARKED);
        assertThat(fixture.handovers.sinceLast().differences()).isEmpty();

        fixture.mailboxes.save(new InboundMailbox(sales.id(), "sales", 20, "sales@contoso.com", sales.endpoint()), Optional.empty());
        fixture.applications.delete(old);
        fixture.applications.add(DigitalApplication.draft("Sales email"));
        Handovers.Review review = fixture.handovers.sinceLast();

        assertThat(review.last()).hasValueSatisfying(h -> assertThat(h.reason()).isEqualTo("MARKED"));
        assertThat(review.differences()).extracting(d -> d.type() + " " + d.action() + " " + d.name()).containsExactly(
                "MAILBOX CHANGED sales", "APPLICATION REMOVED Old app", "APPLICATION ADDED Sales email");
        assertThat(review.differences().get(0).fields()).containsExactly(new FieldDifference("maxSize", "5", "20"));
        // the changed mailbox was never tested and is assigned to no application: the check says so, about it
        assertThat(review.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.item().name()).isIn("sales", "Sales email"));
        assertThat(review.findings()).extracting(f -> f.ruleId()).contains("neverTested", "unassigned");

        String text = ChangeReport.text("Changes since the last handover", review.differences(), review.findings());
        assertThat(text).contains("Changed · Mailbox sales\n    Max size (MB): 5 → 20\n")
                .contains("Added · Digital application Sales email").contains("Removed · Digital application Old app")
                .contains("Configuration check findings for the changed items:");
        String html = ChangeReport.html("Changes <since> the last handover", review.differences(), review.findings());
        assertThat(html).contains("<title>Changes &lt;since&gt; the last handover</title>")
                .contains("<td>Changed</td><td>Mailbox sales</td><td>Max size (MB)</td><td>5</td><td>20</td>");
    }

    @Test
    void writingTheOptionsFileIsAHandover() throws Exception {
        addSales();
        Supplier<CheckReport> noCheck = () -> new CheckReport(java.util.List.of(), null);
        WorkspaceFiles files = new WorkspaceFiles(workspace.database(), new Secrets(new Vault(workspace.database(), OsKeyring.UNAVAILABLE)),
                fixture.events, noCheck, fixture.history, fixture.handovers);
        Path ini = workspace.tempFolder().resolve("email-server.ini");
        files.exportOptions(ini, false);
        assertThat(Files.exists(ini)).isTrue();
        Handovers.Review review = fixture.handovers.sinceLast();
        assertThat(review.last()).hasValueSatisfying(h -> assertThat(h.reason()).isEqualTo("OPTIONS"));
        assertThat(review.differences()).isEmpty();
        assertThat(review.last().orElseThrow().osUser()).isEqualTo("asilva");
    }

    @Test
    void savingTheMigrationRequestIsAHandover() throws Exception {
        addSales();
        fixture.registrations.saveMigrationRequest(workspace.tempFolder().resolve("request.json"), "{}");
        assertThat(fixture.handovers.sinceLast().last()).hasValueSatisfying(h -> assertThat(h.reason()).isEqualTo("MIGRATION_REQUEST"));
        assertThat(fixture.handovers.sinceLast().differences()).extracting(ItemDifference::type).doesNotContain(ItemType.MAILBOX);
    }
}
