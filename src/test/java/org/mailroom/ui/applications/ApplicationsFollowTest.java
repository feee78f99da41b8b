package org.mailroom.ui.applications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.service.DigitalApplications;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.TempWorkspace;

/**
 * Two admins on one workspace, the Applications manager open in one Mailroom: the other's changes reach it as the team
 * follower publishes them, a name typed and not saved is kept, and a refused rename offers Reload and Compare.
 */
@BothBackends
class ApplicationsFollowTest {

    private static final WorkspaceEvents.Change OTHERS_COMMIT = new WorkspaceEvents.WorkspaceChanged();

    private final TempWorkspace workspace;
    private final WorkspaceDatabase other;
    private DigitalApplication email;
    private ApplicationStore theirs;
    private ApplicationsViewModel manager;

    ApplicationsFollowTest(TempWorkspace workspace) {
        this.workspace = workspace;
        this.other = workspace.location() instanceof WorkspaceLocation.TeamServer ? workspace.openAnother() : workspace.database();
    }

    @BeforeEach
    void openTheManagerOnAnApplication() {
        email = workspace.applications().add(DigitalApplication.draft("Email"));
        manager = new ApplicationsViewModel(new DigitalApplications(workspace.database(), workspace.applications(), new WorkspaceEvents()),
                new DirectBackground(), new ScriptedDialogs());
        manager.load();
        manager.selectedProperty().set(manager.rows().get(0));
        theirs = new ApplicationStore(other);
        theirs.findAll();
    }

    @AfterEach
    void closeTheSecondClient() {
        if (other != workspace.database()) {
            other.close();
        }
    }

    @Test
    void anotherAdminsChangeIsShownWithTheSelectionKeptAndTheNextChangeGoesOverIt() {
        theirs.add(DigitalApplication.draft("Billing"));
        theirs.update(email.renamed("Email EMEA"));
        manager.follow(OTHERS_COMMIT);

        assertThat(manager.rows()).extracting(row -> row.application().name()).containsExactly("Billing", "Email EMEA");
        assertThat(manager.selectedProperty().get().application().id()).isEqualTo(email.id());
        assertThat(manager.nameProperty().get()).isEqualTo("Email EMEA");

        manager.toggleStreamOfSelected();
        assertThat(manager.messageProperty().get()).isEqualTo("The stream of Email EMEA is enabled; its mailboxes are enabled.");
    }

    @Test
    void aTypedNameIsKeptTheRenameIsRefusedThenReloadShowsTheirsAndTheNextRenameGoesOverIt() {
        manager.nameProperty().set("Email APAC");
        theirs.update(email.renamed("Email EMEA").withStream(true));
        manager.follow(OTHERS_COMMIT);

        assertThat(manager.nameProperty().get()).isEqualTo("Email APAC");
        assertThat(manager.rows()).extracting(row -> row.application().name()).containsExactly("Email EMEA");
        assertThat(manager.messageProperty().get()).isEqualTo("Another admin changed Email while you were renaming it. The name you typed "
                + "is still in the field; Rename shows what they changed before anything is overwritten.");

        manager.renameSelected();
        assertThat(manager.messageProperty().get()).contains("changed 'Email EMEA' on ").contains("your changes were not saved");
        assertThat(theirs.find(email.id())).hasValueSatisfying(stored -> assertThat(stored.name()).isEqualTo("Email EMEA"));
        manager.conflict().compare();
        assertThat(manager.conflict().comparisonProperty().get()).as("a rename carries the name, their stream stays")
                .isEqualTo("Application: yours Email APAC \u00b7 theirs Email EMEA");

        manager.conflict().reload();
        assertThat(manager.nameProperty().get()).isEqualTo("Email EMEA");
        assertThat(manager.conflict().openProperty().get()).isFalse();
        assertThat(manager.messageProperty().get()).isEqualTo("The list shows Email EMEA as stored now; your next change goes over this version.");

        manager.nameProperty().set("Email APAC");
        manager.renameSelected();
        assertThat(manager.messageProperty().get()).isEqualTo("Renamed to Email APAC.");
        assertThat(theirs.find(email.id())).hasValueSatisfying(stored -> {
            assertThat(stored.name()).isEqualTo("Email APAC");
            assertThat(stored.streamEnabled()).as("their stream change is kept").isTrue();
        });
    }

    @Test
    void anApplicationDeletedByAnotherAdminKeepsTheTypedNameForAdd() {
        manager.nameProperty().set("Email APAC");
        theirs.delete(email);
        manager.follow(OTHERS_COMMIT);

        assertThat(manager.rows()).isEmpty();
        assertThat(manager.selectedProperty().get()).isNull();
        assertThat(manager.nameProperty().get()).isEqualTo("Email APAC");
        assertThat(manager.messageProperty().get())
                .isEqualTo("Another admin deleted Email. The name in the field is kept: Add makes it a new application.");

        manager.add();
        assertThat(theirs.findAll().byId().values()).extracting(DigitalApplication::name).containsExactly("Email APAC");
    }
}
