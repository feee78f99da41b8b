package org.mailroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.service.RecentWorkspaces;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.SharedPostgres;

/** Which workspace opens at start: the last one, unless it is gone or its password is unknown; never a new one in its place. */
class LastWorkspaceTest {

    @TempDir
    Path temp;

    @Test
    void theWorkspaceOpenedLastOpensAgain() {
        Path contoso = temp.resolve("contoso");
        WorkspaceDatabase.open(contoso).close();
        Path home = temp.resolve("home");
        new RecentWorkspaces(home).opened(new WorkspaceLocation.Folder(contoso));

        try (Mailroom app = Mailroom.openLast(new AppPaths(home), Map.of())) {
            assertThat(app.currentReference()).isEqualTo(contoso.toString());
        }
    }

    @Test
    void aLastWorkspaceThatIsGoneOpensTheDefaultOneAndIsNotMadeAgain() {
        Path gone = temp.resolve("gone");
        Path home = temp.resolve("home");
        new RecentWorkspaces(home).opened(new WorkspaceLocation.Folder(gone));

        try (Mailroom app = Mailroom.openLast(new AppPaths(home), Map.of())) {
            assertThat(app.currentReference()).isEqualTo(home.toString());
        }
        assertThat(gone).doesNotExist();
    }

    @Test
    void aLastTeamWorkspaceWithoutItsPasswordOpensTheDefaultOneAndWithItTheTeamOne() {
        SharedPostgres postgres = SharedPostgres.get();
        WorkspaceLocation.TeamServer team = postgres.newWorkspace();
        Path home = temp.resolve("home");
        new RecentWorkspaces(home).opened(team);
        try {
            try (Mailroom app = Mailroom.openLast(new AppPaths(home), Map.of())) {
                assertThat(app.currentReference()).isEqualTo(home.toString());
            }
            try (Mailroom app = Mailroom.openLast(new AppPaths(home), Map.of(WorkspaceArgument.PASSWORD_VARIABLE, SharedPostgres.PASSWORD))) {
                assertThat(app.currentReference()).isEqualTo(team.reference());
            }
        } finally {
            postgres.drop(team);
        }
    }
}
