package org.mailroom.check;

import java.util.Map;
import org.mailroom.mail.LastTest;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.TestResultStore;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;

/**
 * What the check examines: the workspace, each mailbox's last connection test, and the app manifests
 * the admin checked in the OAuth wizard.
 *
 * @param lastTests by mailbox id; empty when nothing was tested or the results are not known (an exported file)
 * @param manifests by app registration id: the manifest the admin last pasted into the wizard
 */
public record CheckInput(WorkspaceContent content, Map<Long, LastTest> lastTests, Map<Long, String> manifests) {

    public CheckInput {
        lastTests = Map.copyOf(lastTests);
        manifests = Map.copyOf(manifests);
    }

    public CheckInput(WorkspaceContent content, Map<Long, LastTest> lastTests) {
        this(content, lastTests, Map.of());
    }

    /** The workspace as the badge checks it, with its last tests and manifests, in one transaction. */
    public static CheckInput read(WorkspaceDatabase database) {
        return database.inTransaction(() -> new CheckInput(WorkspaceContent.read(database), new TestResultStore(database).all(),
                new OAuthStore(database).manifests()));
    }

    /** A workspace without any test results. */
    public static CheckInput of(WorkspaceContent content) {
        return new CheckInput(content, Map.of());
    }
}
