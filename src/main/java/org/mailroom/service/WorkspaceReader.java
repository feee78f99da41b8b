package org.mailroom.service;

import java.util.List;
import java.util.Map;
import org.mailroom.check.CheckInput;
import org.mailroom.domain.Applications;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.mail.LastTest;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.TestResultStore;
import org.mailroom.store.WorkspaceDatabase;

/** Reads what the main window shows, in one go, off the FX thread. */
public final class WorkspaceReader {

    /** The workspace as the table, the details and the forms need it. */
    public record Snapshot(List<MailServer> servers, Applications applications, List<FromAddress> fromAddresses,
                           Map<Long, LastTest> lastTests, List<Mailbox> mailboxes, List<StoredRegistration> registrations,
                           Map<Long, OAuthLink> links) {
    }

    private final WorkspaceDatabase database;
    private final MailboxStore mailboxes;
    private final MailServerStore servers;
    private final ApplicationStore applications;
    private final BusinessAttributeStore attributes;
    private final TestResultStore testResults;
    private final OAuthStore oauth;

    public WorkspaceReader(WorkspaceDatabase database, MailboxStore mailboxes, MailServerStore servers, ApplicationStore applications,
                           BusinessAttributeStore attributes, TestResultStore testResults, OAuthStore oauth) {
        this.database = database;
        this.mailboxes = mailboxes;
        this.servers = servers;
        this.applications = applications;
        this.attributes = attributes;
        this.testResults = testResults;
        this.oauth = oauth;
    }

    /** Everything the configuration check looks at: the workspace, the last tests, the checked manifests. */
    public CheckInput checkInput() {
        return CheckInput.read(database);
    }

    /** One consistent view, in one transaction (a change committed meanwhile shows entirely or not at all). */
    public Snapshot read() {
        return database.inTransaction(() -> new Snapshot(servers.findAll(), applications.findAll(), attributes.fromAddresses(), testResults.all(),
                mailboxes.findAll(), oauth.registrations(), oauth.links()));
    }
}
