package org.mailroom.ui.servers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.service.MailServers;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.TempWorkspace;

/**
 * Two admins on one workspace, the Mail servers manager open in one Mailroom: the other's changes reach it as the team
 * follower publishes them, the admin's typed edits are kept, and a refused save offers Reload and Compare.
 */
@BothBackends
class MailServersFollowTest {

    private static final WorkspaceEvents.Change OTHERS_COMMIT = new WorkspaceEvents.WorkspaceChanged();

    private final TempWorkspace workspace;
    private final WorkspaceDatabase other;
    private MailServer entry;
    private MailServerStore theirs;
    private MailServersViewModel manager;

    MailServersFollowTest(TempWorkspace workspace) {
        this.workspace = workspace;
        this.other = workspace.location() instanceof WorkspaceLocation.TeamServer ? workspace.openAnother() : workspace.database();
    }

    @BeforeEach
    void openTheManagerOnAnEntry() {
        entry = workspace.servers().add(MailServer.draft("imap.contoso.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS));
        manager = new MailServersViewModel(new MailServers(workspace.database(), workspace.servers(), new WorkspaceEvents()),
                new DirectBackground(), (scope, address, onChosen) -> { }, new ScriptedDialogs());
        manager.load();
        manager.selectedProperty().set(entry);
        theirs = new MailServerStore(other);
        theirs.findAll();
    }

    @AfterEach
    void closeTheSecondClient() {
        if (other != workspace.database()) {
            other.close();
        }
    }

    @Test
    void anotherAdminsChangeIsShownInTheListAndTheUntouchedFormAndASaveGoesOverIt() {
        theirs.update(withHost("imap.theirs.com"));
        manager.follow(OTHERS_COMMIT);

        assertThat(manager.servers()).extracting(MailServer::host).contains("imap.theirs.com").doesNotContain("imap.contoso.com");
        assertThat(manager.selectedProperty().get().id()).isEqualTo(entry.id());
        assertThat(manager.hostProperty().get()).isEqualTo("imap.theirs.com");

        manager.portProperty().set("1993");
        manager.save();
        assertThat(manager.messageProperty().get()).isEqualTo("Saved imap.theirs.com:1993 · IMAP · SSL/TLS.");
        assertThat(theirs.find(entry.id())).hasValueSatisfying(stored -> assertThat(stored.port()).isEqualTo(1993));
    }

    @Test
    void typedEditsAreKeptAndTheSaveIsRefusedThenReloadShowsTheirsAndTheNextSaveGoesOverIt() {
        manager.hostProperty().set("imap.mine.com");
        theirs.update(new MailServer(entry.id(), "imap.contoso.com", 1993, Protocol.IMAP, ConnectionSecurity.SSL_TLS));
        manager.follow(OTHERS_COMMIT);

        assertThat(manager.hostProperty().get()).isEqualTo("imap.mine.com");
        assertThat(manager.portProperty().get()).isEqualTo("993");
        assertThat(manager.servers()).extracting(MailServer::port).contains(1993);
        assertThat(manager.messageProperty().get()).isEqualTo("Another admin changed imap.contoso.com:993 · IMAP · SSL/TLS while you were "
                + "editing it. Your changes are still in the form; Save shows what they changed before anything is overwritten.");

        manager.save();
        assertThat(manager.messageProperty().get()).contains("changed 'imap.contoso.com:1993' on ")
                .contains("your changes were not saved (they are still in the form)");
        assertThat(theirs.find(entry.id())).hasValueSatisfying(stored -> assertThat(stored.host()).isEqualTo("imap.contoso.com"));
        assertThat(manager.conflict().openProperty().get()).isTrue();
        assertThat(manager.hostProperty().get()).isEqualTo("imap.mine.com");

        manager.conflict().compare();
        assertThat(manager.conflict().comparingProperty().get()).isTrue();
        assertThat(manager.conflict().comparisonProperty().get())
                .isEqualTo("Host: yours imap.mine.com \u00b7 theirs imap.contoso.com\nPort: yours 993 \u00b7 theirs 1993");

        manager.conflict().reload();
        assertThat(manager.conflict().openProperty().get()).isFalse();
        assertThat(manager.hostProperty().get()).isEqualTo("imap.contoso.com");
        assertThat(manager.portProperty().get()).isEqualTo("1993");
        assertThat(manager.messageProperty().get()).isEqualTo("The form shows imap.contoso.com:1993 · IMAP · SSL/TLS as stored now; "
                + "Save puts your changes over this version.");

        manager.hostProperty().set("imap.mine.com");
        manager.save();
        assertThat(manager.messageProperty().get()).isEqualTo("Saved imap.mine.com:1993 · IMAP · SSL/TLS.");
        assertThat(theirs.find(entry.id())).hasValueSatisfying(stored -> {
            assertThat(stored.host()).isEqualTo("imap.mine.com");
            assertThat(stored.port()).isEqualTo(1993);
        });
    }

    @Test
    void anEntryDeletedByAnotherAdminKeepsTheTypedValuesAndSaveAddsThemAsANewEntry() {
        manager.hostProperty().set("imap.mine.com");
        theirs.delete(entry);
        manager.follow(OTHERS_COMMIT);

        assertThat(manager.messageProperty().get()).isEqualTo("Another admin deleted imap.contoso.com:993 · IMAP · SSL/TLS. What you typed "
                + "is still in the form: Save adds it as a new entry.");
        assertThat(manager.hostProperty().get()).isEqualTo("imap.mine.com");
        assertThat(manager.selectedProperty().get()).isNull();
        assertThat(manager.servers()).extracting(MailServer::id).doesNotContain(entry.id());

        manager.save();
        assertThat(theirs.findAll()).extracting(MailServer::host).contains("imap.mine.com").doesNotContain("imap.contoso.com");
    }

    @Test
    void theServerBeingAwayReadsNothing() {
        manager.hostProperty().set("imap.mine.com");
        theirs.update(withHost("imap.theirs.com"));
        manager.follow(new WorkspaceEvents.TeamServerAway());

        assertThat(manager.servers()).extracting(MailServer::host).contains("imap.contoso.com");
        assertThat(manager.messageProperty().get()).isEmpty();
    }

    private MailServer withHost(String host) {
        return new MailServer(entry.id(), host, 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS);
    }
}
