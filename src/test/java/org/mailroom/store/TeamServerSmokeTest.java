package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mailroom.testing.SharedPostgres;

class TeamServerSmokeTest {
    @Test
    void opens() {
        SharedPostgres pg = SharedPostgres.get();
        WorkspaceLocation.TeamServer location = pg.newWorkspace();
        try (WorkspaceDatabase database = WorkspaceDatabase.open(location, SharedPostgres.PASSWORD.toCharArray())) {
            assertThat(new MailServerStore(database).findAll()).hasSize(3);
        }
    }
}
