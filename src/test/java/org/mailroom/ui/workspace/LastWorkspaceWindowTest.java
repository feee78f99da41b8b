package org.mailroom.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.mailroom.AppPaths;
import org.mailroom.Mailroom;
import org.mailroom.service.RecentWorkspaces;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.FxWait;
import org.mailroom.testing.MainWindowTestBase;
import org.testfx.api.FxRobot;

/** A last workspace refused while it opens (here: from a newer Mailroom) gives way to the default one, and the window says why. */
class LastWorkspaceWindowTest extends MainWindowTestBase {

    private Path newer;
    private final AtomicInteger painted = new AtomicInteger();

    @Override
    protected Runnable whenPainted() {
        return painted::incrementAndGet; // handed on to the workspace that opens instead
    }

    @Override
    protected Mailroom open() throws Exception {
        Path home = folder.resolve("home-" + System.nanoTime());
        newer = folder.resolve("newer-" + System.nanoTime());
        WorkspaceDatabase.open(newer).close();
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + newer.resolve("workspace"), "mailroom", "");
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', "
                    + "'mailroom', 0, TRUE)");
        }
        new RecentWorkspaces(home).opened(new WorkspaceLocation.Folder(newer));
        return Mailroom.openLast(new AppPaths(home), Map.of());
    }

    @Test
    void theDefaultWorkspaceOpensInsteadAndTheWindowSaysWhy(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Mailroom — Default workspace");
        FxWait.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String said = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertThat(said).isEqualTo("The workspace opened last, " + newer.getFileName() + ", could not be opened: The workspace is at "
                + "schema version 99, written by a newer Mailroom. Update Mailroom to open it. Mailroom opened its default workspace instead.");
        assertThat(mailroom.currentReference()).isNotEqualTo(newer.toString());
        assertThat(painted).hasValue(1);
    }
}
