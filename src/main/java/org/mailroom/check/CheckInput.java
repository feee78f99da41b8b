package org.mailroom.check;

import java.util.Map;
import org.mailroom.mail.LastTest;
import org.mailroom.oauth.RegistrationNotes;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.RegistrationNotesStore;
import org.mailroom.store.TestResultStore;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;

/**
 * What the check examines: the workspace, each mailbox's last connection test, and the app manifests
 * the admin checked in the OAuth wizard.
 *
 * @param lastTests by mailbox id; empty when nothing was tested or the results are not known (an exported file)
 * @param manifests by app registration id: the manifest the admin last pasted into the wizard
 * @param notes     by app registration id: ticked checklist items, confirmed permission ids, the secret's expiry
 */
public record CheckInput(WorkspaceContent content, Map<Long, LastTest> lastTests, Map<Long, String> manifests,
                         Map<Long, RegistrationNotes> notes) {

    public CheckInput {
        lastTests = Map.copyOf(lastTests);
        manifests = Map.copyOf(manifests);
        notes = Map.copyOf(notes);
    }

    public CheckInput(WorkspaceContent content, Map<Long, LastTest> lastTests, Map<Long, String> manifests) {
        this(content, lastTests, manifests, Map.of());
    }

    public CheckInput(WorkspaceContent content, Map<Long, LastTest> lastTests) {
        this(content, lastTests, Map.of());
    }

    /** The workspace as the badge checks it, with its last tests and manifests, in one transaction. */
    public static CheckInput read(WorkspaceDatabase database) {
        return database.inTransaction(() -> new CheckInput(WorkspaceContent.read(database), new TestResultStore(database).all(),
                new OAuthStore(database).manifests(), new RegistrationNotesStore(database).all()));
    }

    /** A workspace without any test results. */
    public static CheckInput of(WorkspaceContent content) {
        return new CheckInput(content, Map.of());
    }
}
