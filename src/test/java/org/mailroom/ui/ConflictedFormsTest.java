package org.mailroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.service.DigitalApplications;
import org.mailroom.service.MailServers;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.ui.applications.ApplicationsViewModel;
import org.mailroom.ui.servers.MailServersViewModel;

/**
 * The managers' forms when another admin saved the same item first: the save is refused in the form, which keeps the
 * admin's edits and says who changed it and when; saving again then puts the admin's version over theirs, knowingly.
 */
@BothBackends
class ConflictedFormsTest {

    private static final String ME = System.getProperty("user.name");

    private final TempWorkspace workspace;
    private final WorkspaceDatabase other;

    ConflictedFormsTest(TempWorkspace workspace) {
        this.workspace = workspace;
        this.other = workspace.location() instanceof WorkspaceLocation.TeamServer ? workspace.openAnother() : workspace.database();
    }

    @AfterEach
    void closeTheSecondClient() {
        if (other != workspace.database()) {
            other.close();
        }
    }

    @Test
    void theMailServersFormKeepsTheEditsAndSaysWhoChangedTheEntry() {
        MailServer entry = workspace.servers().add(MailServer.draft("imap.contoso.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS));
        MailServersViewModel form = new MailServersViewModel(new MailServers(workspace.database(), workspace.servers(), new WorkspaceEvents()),
                new DirectBackground(), (scope, address, onChosen) -> { }, new ScriptedDialogs());
        form.load();
        form.selectedProperty().set(entry);
        form.hostProperty().set("imap.mine.com");

        MailServerStore theirs = new MailServerStore(other);
        theirs.findAll();
        theirs.update(new MailServer(entry.id(), "imap.theirs.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS));
        form.save();

        assertThat(form.messageProperty().get()).startsWith(ME + " changed 'imap.theirs.com:993' on ")
                .contains("your changes were not saved (they are still in the form)").endsWith("Save again to put your version over theirs, "
                        + "or reload theirs.");
        assertThat(form.hostProperty().get()).isEqualTo("imap.mine.com");
        assertThat(theirs.find(entry.id())).hasValueSatisfying(stored -> assertThat(stored.host()).isEqualTo("imap.theirs.com"));

        form.save();
        assertThat(theirs.find(entry.id())).hasValueSatisfying(stored -> assertThat(stored.host()).isEqualTo("imap.mine.com"));
    }

    @Test
    void theApplicationsManagerRefusesARenameOverAnotherAdminsChange() {
        ApplicationStore store = workspace.applications();
        DigitalApplication email = store.add(DigitalApplication.draft("Email"));
        ApplicationsViewModel manager = new ApplicationsViewModel(new DigitalApplications(workspace.database(), store, new WorkspaceEvents()),
                new DirectBackground(), new ScriptedDialogs());
        manager.load();
        manager.selectedProperty().set(manager.rows().get(0));
        manager.nameProperty().set("Email EMEA");

        ApplicationStore theirs = new ApplicationStore(other);
        theirs.findAll();
        theirs.update(email.withStream(true));
        manager.renameSelected();

        assertThat(manager.messageProperty().get()).startsWith(ME + " changed 'Email' on ");
        assertThat(manager.nameProperty().get()).isEqualTo("Email EMEA");
        assertThat(theirs.find(email.id())).hasValueSatisfying(stored -> {
            assertThat(stored.name()).isEqualTo("Email");
            assertThat(stored.streamEnabled()).isTrue();
        });
    }
}
