package org.mailroom.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.store.WorkspaceDatabase;

/** The fixture every workspace test stands on: one fresh workspace per test, the same one all through it. */
@ExtendWith(WorkspaceExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceExtensionTest {

    private static final List<Path> TEMP_FOLDERS = new ArrayList<>();

    private final TempWorkspace fromConstructor;
    private TempWorkspace fromBeforeEach;

    WorkspaceExtensionTest(TempWorkspace workspace) {
        this.fromConstructor = workspace;
    }

    @BeforeEach
    void before(TempWorkspace workspace) {
        fromBeforeEach = workspace;
    }

    @Test
    @Order(1)
    void everyParameterOfOneTestIsTheSameOpenWorkspace(TempWorkspace workspace, WorkspaceDatabase database,
                                                        @WorkspaceName("target") TempWorkspace target) {
        assertThat(workspace).isSameAs(fromBeforeEach).isSameAs(fromConstructor);
        assertThat(database).isSameAs(workspace.database());
        assertThat(Workspaces.file(workspace.folder())).exists();
        assertThat(workspace.folder()).hasFileName(WorkspaceExtension.DEFAULT_NAME).hasParent(workspace.tempFolder());
        assertThat(target.folder()).hasFileName("target").hasParent(workspace.tempFolder());
        assertThat(target.database()).isNotSameAs(database);

        workspace.mailboxes().add(InboundMailbox.draft("sales", 5, "sales", Workspaces.imapPreset(workspace.servers())));
        assertThat(target.mailboxes().findAll()).isEmpty();
        TEMP_FOLDERS.add(workspace.tempFolder());
    }

    @Test
    @Order(2)
    void theNextTestGetsANewWorkspaceAndTheLastOneIsGone(TempWorkspace workspace) {
        assertThat(TEMP_FOLDERS).singleElement().satisfies(last -> {
            assertThat(last).doesNotExist();
            assertThat(workspace.tempFolder()).isNotEqualTo(last);
        });
        assertThat(workspace.mailboxes().findAll()).isEmpty();
    }

    @Test
    @Order(3)
    void reopenClosesTheFileOpensItAgainAndMakesTheStoresAnew(TempWorkspace workspace) {
        Mailbox sales = workspace.mailboxes().add(InboundMailbox.draft("sales", 5, "sales", Workspaces.imapPreset(workspace.servers())));
        WorkspaceDatabase first = workspace.database();
        var firstStore = workspace.mailboxes();

        WorkspaceDatabase second = workspace.reopen();

        assertThat(second).isNotSameAs(first).isSameAs(workspace.database());
        assertThat(workspace.mailboxes()).isNotSameAs(firstStore);
        assertThat(workspace.mailboxes().findAll()).containsExactly(sales);
    }
}
