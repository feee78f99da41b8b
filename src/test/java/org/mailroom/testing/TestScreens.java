package org.mailroom.testing;

import org.mailroom.domain.SessionPasswords;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.store.CertificatePinStore;
import org.mailroom.store.TestResultStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.ui.applications.ApplicationsViewModel;
import org.mailroom.ui.fromaddresses.FromAddressesViewModel;
import org.mailroom.ui.mailboxes.ConnectionTestsViewModel;
import org.mailroom.ui.mailboxes.MailboxesViewModel;
import org.mailroom.ui.servers.MailServersViewModel;

/** The main view model wired as the app wires it, with background work on the calling thread. */
public final class TestScreens {

    private TestScreens() {
    }

    public static MailboxesViewModel mailboxes(WorkspaceDatabase database, SessionPasswords passwords, ScriptedDialogs dialogs) {
        DirectBackground background = new DirectBackground();
        MailServerStore servers = new MailServerStore(database);
        MailboxStore mailboxes = new MailboxStore(database, servers);
        ApplicationStore applications = new ApplicationStore(database);
        BusinessAttributeStore attributes = new BusinessAttributeStore(database);
        TestResultStore testResults = new TestResultStore(database);
        ConnectionTestsViewModel tests = new ConnectionTestsViewModel(testResults, new CertificatePinStore(database),
                passwords, background, background, dialogs);
        return new MailboxesViewModel(new MailboxesViewModel.Stores(mailboxes, servers, applications, attributes, testResults),
                new SampleWorkspace(servers, mailboxes), passwords, background, dialogs,
                new MailboxesViewModel.Managers(() -> new MailServersViewModel(servers, background),
                        () -> new ApplicationsViewModel(applications, background, dialogs),
                        outbound -> new FromAddressesViewModel(attributes, background, dialogs, outbound)),
                tests);
    }
}
