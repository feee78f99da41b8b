package org.mailroom.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.Wiring;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.history.ItemDifference.Action;
import org.mailroom.history.ItemType;
import org.mailroom.service.ChangeHistory;
import org.mailroom.service.DigitalApplications;
import org.mailroom.service.MailboxService;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.Vault;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.TestScreens;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.Workspaces;

/** The History window's and the handover review's view models, opened from the Workspace menu of the app's own wiring. */
@ExtendWith(WorkspaceExtension.class)
class HistoryViewModelsTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TempWorkspace workspace;
    private Wiring wiring;

    @BeforeEach
    void open(TempWorkspace workspace) {
        this.workspace = workspace;
        wiring = TestScreens.wiring(workspace.database(), dialogs);
    }

    private DigitalApplications applications() {
        return new DigitalApplications(workspace.database(), workspace.applications(), wiring.events());
    }

    private HistoryViewModel openHistory() {
        wiring.menu().showHistory().run();
        return dialogs.lastHistory;
    }

    @Test
    void theHistoryPagesThroughManyChangesAndFilters() {
        DigitalApplications applications = applications();
        for (int i = 0; i < ChangeHistory.PAGE + 5; i++) {
            applications.add(DigitalApplication.draft("App " + i));
        }
        HistoryViewModel history = openHistory();
        assertThat(history.rows()).hasSize(ChangeHistory.PAGE);
        assertThat(history.rows().get(0).difference().name()).isEqualTo("App 204");
        assertThat(history.statusProperty().get()).isEqualTo("Changes 1–200 of 205");
        assertThat(history.hasNextProperty().get()).isTrue();
        history.nextPage();
        assertThat(history.rows()).hasSize(5);
        assertThat(history.statusProperty().get()).isEqualTo("Changes 201–205 of 205");
        assertThat(history.hasNextProperty().get()).isFalse();

        history.itemTextProperty().set("app 20");
        history.search();
        assertThat(history.rows()).extracting(e -> e.difference().name()).contains("App 20", "App 204").hasSize(6);
        history.kindProperty().set(ItemType.MAILBOX);
        history.search();
        assertThat(history.rows()).isEmpty();
        assertThat(history.statusProperty().get()).isEqualTo("No changes match.");
        history.kindProperty().set(null);
        history.itemTextProperty().set("");
        history.untilProperty().set(LocalDate.of(2020, 1, 1));
        history.search();
        assertThat(history.rows()).isEmpty();
        assertThat(history.admins()).containsExactly(System.getProperty("user.name"));
    }

    @Test
    void anotherAdminsChangeWhileTheWindowIsOpenIsShownWithTheFiltersPageAndSelectionKept() {
        DigitalApplications applications = applications();
        applications.add(DigitalApplication.draft("Sales email"));
        applications.add(DigitalApplication.draft("Support email"));
        dialogs.whileOpen = () -> {
            HistoryViewModel open = dialogs.lastHistory;
            open.itemTextProperty().set("email");
            open.search();
            open.selectedProperty().set(open.rows().get(1)); // Sales email
            // what another Mailroom commits on a team workspace reaches the window as a HistoryChanged
            applications.add(DigitalApplication.draft("Billing email"));
            applications.add(DigitalApplication.draft("Unrelated"));
            wiring.events().publish(new WorkspaceEvents.HistoryChanged());
        };
        HistoryViewModel history = openHistory();
        assertThat(history.rows()).extracting(e -> e.difference().name()).containsExactly("Billing email", "Support email", "Sales email");
        assertThat(history.itemTextProperty().get()).isEqualTo("email");
        assertThat(history.toSelectProperty().get().difference().name()).isEqualTo("Sales email");

        applications.add(DigitalApplication.draft("After closing email"));
        wiring.events().publish(new WorkspaceEvents.HistoryChanged());
        assertThat(history.rows()).as("a closed window no longer follows").hasSize(3);
    }

    @Test
    void theHandoverReviewFollowsChangesWhileOpen() {
        wiring.menu().markHandedOver().run();
        dialogs.whileOpen = () -> {
            assertThat(dialogs.lastHandoverReview.reportProperty().get()).doesNotContain("Sales email");
            applications().add(DigitalApplication.draft("Sales email")); // its WorkspaceChanged reaches the open review
        };
        wiring.menu().showHandoverReview().run();
        assertThat(dialogs.lastHandoverReview.reportProperty().get()).contains("Sales email");
    }

    @Test
    void theSelectedChangeShowsItsFieldsAndRestoresAfterAsking() {
        DigitalApplication app = applications().add(DigitalApplication.draft("Sales email"));
        applications().update(app.renamed("Sales EU"));
        HistoryViewModel history = openHistory();
        history.selectedProperty().set(history.rows().get(1));
        assertThat(history.detailsProperty().get()).contains("Added · Digital application Sales email")
                .contains("Name: (none) → Sales email");
        dialogs.confirmAnswer = false;
        history.restoreSelected();
        assertThat(workspace.applications().find(app.id()).orElseThrow().name()).isEqualTo("Sales EU");
        dialogs.confirmAnswer = true;
        history.restoreSelected();
        assertThat(workspace.applications().find(app.id()).orElseThrow().name()).isEqualTo("Sales email");
        assertThat(history.rows().get(0).difference().action()).isEqualTo(Action.CHANGED);
        assertThat(history.statusProperty().get()).startsWith("Changes 1–3 of 3");
    }

    @Test
    void aRefusedRestoreIsSaidUnderTheTableAndChangesNothing() {
        MailboxService mailboxes = new MailboxService(workspace.database(), workspace.mailboxes(), workspace.applications(),
                new SampleWorkspace(workspace.servers(), workspace.mailboxes()),
                new Secrets(new Vault(workspace.database(), OsKeyring.UNAVAILABLE)), wiring.events());
        Mailbox sales = mailboxes.save(InboundMailbox.draft("sales", 5, "sales@contoso.com", Workspaces.imapPreset(workspace.servers())),
                Optional.empty());
        mailboxes.delete(sales);
        mailboxes.save(InboundMailbox.draft("Sales", 5, "other", Workspaces.imapPreset(workspace.servers())), Optional.empty());
        HistoryViewModel history = openHistory();
        history.selectedProperty().set(history.rows().get(1));
        history.restoreSelected();
        assertThat(history.problemProperty().get()).contains("sales").doesNotContain("Exception");
        assertThat(workspace.mailboxes().findAll()).extracting(Mailbox::login).containsExactly("other");
    }

    @Test
    void theAdminsNameIsSavedAndShownOnTheirNextChanges() {
        HistoryViewModel history = openHistory();
        history.displayNameProperty().set("Ana Silva");
        history.saveDisplayName();
        applications().add(DigitalApplication.draft("Sales email"));
        history.search();
        assertThat(history.rows().get(0).who()).isEqualTo("Ana Silva (" + System.getProperty("user.name") + ")");
        history.displayNameProperty().set("x".repeat(200));
        history.saveDisplayName();
        assertThat(history.problemProperty().get()).isNotEmpty();
    }

    @Test
    void theHandoverReviewListsTheChangesExportsThemAndMarksANewHandover() throws Exception {
        wiring.menu().showHandoverReview().run();
        HandoverReviewViewModel review = dialogs.lastHandoverReview;
        assertThat(review.sinceProperty().get()).isEqualTo("No handover yet: everything is listed as added.");
        wiring.menu().markHandedOver().run();
        applications().add(DigitalApplication.draft("Sales email"));
        wiring.menu().showHandoverReview().run();
        review = dialogs.lastHandoverReview;
        assertThat(review.sinceProperty().get()).startsWith("Since the handover of").endsWith("(Marked as handed over)");
        assertThat(review.reportProperty().get()).contains("Added · Digital application Sales email\n    Name: Sales email");
        Path html = workspace.tempFolder().resolve("ticket.html");
        dialogs.files.add(html);
        review.export(true);
        assertThat(Files.readString(html)).contains("<td>Added</td><td>Digital application Sales email</td>");
        Path text = workspace.tempFolder().resolve("ticket.txt");
        dialogs.files.add(text);
        review.export(false);
        assertThat(Files.readString(text)).contains("Added · Digital application Sales email");
        dialogs.confirmAnswer = true;
        review.markHandedOver();
        assertThat(review.reportProperty().get()).contains("No differences.");
    }
}
