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
import org.mailroom.store.WorkspaceLocation;

/**
 * One real workspace, open, with its stores: an H2 file in a temp folder, or (under {@link BothBackends}) a database
 * of its own on the test JVM's PostgreSQL: what {@link WorkspaceExtension} gives a test.
 * The stores are made on first use and belong to the database open now; {@link #reopen()} closes the file,
 * opens it again and makes them anew. The extension closes the workspace and deletes its folder after the test.
 */
public final class TempWorkspace implements AutoCloseable {

    private final Path folder;
    /** Where the workspace lives: {@code folder}, or a database of its own on the test JVM's PostgreSQL. */
    private final WorkspaceLocation location;
    private WorkspaceDatabase database;
    private MailServerStore servers;
    private MailboxStore mailboxes;
    private ApplicationStore applications;
    private BusinessAttributeStore attributes;
    private OAuthStore oauth;
    private TestResultStore testResults;
    private CertificatePinStore certificatePins;

    TempWorkspace(Path folder) {
        this(folder, Backend.H2);
    }

    TempWorkspace(Path folder, Backend backend) {
        this.folder = folder;
        this.location = backend == Backend.H2 ? new WorkspaceLocation.Folder(folder) : SharedPostgres.get().newWorkspace();
        if (backend == Backend.H2) {
            FreshH2Workspace.copyTo(folder);
        }
        this.database = open();
    }

    private WorkspaceDatabase open() {
        return location instanceof WorkspaceLocation.Folder ? WorkspaceDatabase.open(folder)
                : WorkspaceDatabase.open(location, SharedPostgres.PASSWORD.toCharArray());
    }

    /** Where the workspace lives (a folder, or a team server's database). */
    public WorkspaceLocation location() {
        return location;
    }

    /** Another Mailroom on the same workspace: a second connection to the team server (a folder allows none). */
    public WorkspaceDatabase openAnother() {
        return open();
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
        database = open();
        return database;
    }

    /** Closes the workspace, and drops its database on the team server; the extension calls this after the test. */
    void dispose() {
        close();
        if (location instanceof WorkspaceLocation.TeamServer server) {
            SharedPostgres.get().drop(server);
        }
    }

    /** Closes the file (again is harmless). */
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
