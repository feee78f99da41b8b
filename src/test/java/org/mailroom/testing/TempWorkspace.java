package org.mailroom.testing;

import java.nio.file.Path;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.store.CertificatePinStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.TestResultStore;
import org.mailroom.store.WorkspaceDatabase;

/**
 * One real H2 workspace in a temp folder, open, with its stores: what {@link WorkspaceExtension} gives a test.
 * The stores are made on first use and belong to the database open now; {@link #reopen()} closes the file,
 * opens it again and makes them anew. The extension closes the workspace and deletes its folder after the test.
 */
public final class TempWorkspace implements AutoCloseable {

    private final Path folder;
    private WorkspaceDatabase database;
    private MailServerStore servers;
    private MailboxStore mailboxes;
    private ApplicationStore applications;
    private BusinessAttributeStore attributes;
    private OAuthStore oauth;
    private TestResultStore testResults;
    private CertificatePinStore certificatePins;

    TempWorkspace(Path folder) {
        this.folder = folder;
        this.database = WorkspaceDatabase.open(folder);
    }

    /** The folder the workspace file is in. */
    public Path folder() {
        return folder;
    }

    /**
     * The test's own temp folder, which holds this workspace's folder (and those of the test's other workspaces):
     * the place for exported files, made-up workspaces and anything else the test writes. Deleted after the test.
     */
    public Path tempFolder() {
        return folder.getParent();
    }

    /** The database open now (a new one after each {@link #reopen()}). */
    public WorkspaceDatabase database() {
        return database;
    }

    public MailServerStore servers() {
        if (servers == null) {
            servers = new MailServerStore(database);
        }
        return servers;
    }

    public MailboxStore mailboxes() {
        if (mailboxes == null) {
            mailboxes = new MailboxStore(database, servers());
        }
        return mailboxes;
    }

    public ApplicationStore applications() {
        if (applications == null) {
            applications = new ApplicationStore(database);
        }
        return applications;
    }

    public BusinessAttributeStore attributes() {
        if (attributes == null) {
            attributes = new BusinessAttributeStore(database);
        }
        return attributes;
    }

    public OAuthStore oauth() {
        if (oauth == null) {
            oauth = new OAuthStore(database);
        }
        return oauth;
    }

    public TestResultStore testResults() {
        if (testResults == null) {
            testResults = new TestResultStore(database);
        }
        return testResults;
    }

    public CertificatePinStore certificatePins() {
        if (certificatePins == null) {
            certificatePins = new CertificatePinStore(database);
        }
        return certificatePins;
    }

    /** Closes the workspace file and opens it again, as the next start of the app would; the stores are made anew. */
    public WorkspaceDatabase reopen() {
        close();
        database = WorkspaceDatabase.open(folder);
        return database;
    }

    /** Closes the file (again is harmless); the extension calls this after the test. */
    @Override
    public void close() {
        database.close();
        servers = null;
        mailboxes = null;
        applications = null;
        attributes = null;
        oauth = null;
        testResults = null;
        certificatePins = null;
    }
}
