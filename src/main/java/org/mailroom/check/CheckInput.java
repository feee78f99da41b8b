package org.mailroom.check;

import java.util.Map;
import org.mailroom.mail.LastTest;
import org.mailroom.store.WorkspaceContent;

/**
 * What the check examines: the workspace and each mailbox's last connection test.
 *
 * @param lastTests by mailbox id; empty when nothing was tested or the results are not known (an exported file)
 */
public record CheckInput(WorkspaceContent content, Map<Long, LastTest> lastTests) {

    public CheckInput {
        lastTests = Map.copyOf(lastTests);
    }

    /** A workspace without any test results. */
    public static CheckInput of(WorkspaceContent content) {
        return new CheckInput(content, Map.of());
    }
}
