package org.mailroom.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.service.RecentWorkspaces;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.HeldWorkspace;

/** Workspace ▸ New…, Open… and Open recent on folders: each refusal a sentence, the current workspace kept. */
class WorkspacesViewModelTest {

    @TempDir
    Path temp;
    private SwitchingForTests app;
    private WorkspacesViewModel menu;
    private String home;

    @BeforeEach
    void start() {
        app = new SwitchingForTests(temp.resolve("home"), OsKeyring.UNAVAILABLE);
        menu = app.menu(dialog -> { });
        home = app.currentReference();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aNewWorkspaceInAnEmptyOrNewFolderOpensAndComesFirstInTheRecentList() throws Exception {
        Path contoso = Files.createDirectories(temp.resolve("contoso"));
        app.dialogs.folders.add(contoso);
        menu.newWorkspace();

        assertThat(app.shown).containsExactly(contoso.toString());
        assertThat(contoso.resolve("workspace.mv.db")).isRegularFile();
        assertThat(app.dialogs.errors).isEmpty();

        app.dialogs.folders.add(temp.resolve("fabrikam")); // made by the dialog's "Create folder", or not yet at all
        menu.newWorkspace();
        assertThat(app.currentReference()).isEqualTo(temp.resolve("fabrikam").toString());
        assertThat(menu.recent()).extracting(RecentWorkspaces.Entry::name).containsExactly("fabrikam", "contoso");
    }

    @Test
    void aNewWorkspaceIsRefusedInAFolderThatIsNotEmptyOrHoldsOneAlready() throws Exception {
        Path papers = Files.createDirectories(temp.resolve("papers"));
        Files.writeString(papers.resolve("notes.txt"), "keep me");
        app.dialogs.folders.add(papers);
        menu.newWorkspace();

        Path contoso = temp.resolve("contoso");
        WorkspaceDatabase.open(contoso).close();
        app.dialogs.folders.add(contoso);
        menu.newWorkspace();

        assertThat(app.dialogs.errors).containsExactly(
                papers + " is not empty. A new workspace needs an empty folder of its own (one per contact center), so its files "
                        + "never mix with others: create one in the dialog. The workspace you had open stays open.",
                contoso + " already holds a Mailroom workspace. Choose Workspace ▸ Open workspace… to open it, or an empty folder for "
                        + "a new one. The workspace you had open stays open.");
        assertThat(app.shown).isEmpty();
        assertThat(app.currentReference()).isEqualTo(home);
        try (var files = Files.list(papers)) {
            assertThat(files).containsExactly(papers.resolve("notes.txt"));
        }
    }

    @Test
    void openRefusesAFolderWithoutAWorkspaceOneFromANewerMailroomAndOneInUseEachInASentence() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        app.dialogs.folders.add(empty);
        menu.open();

        Path newer = temp.resolve("newer");
        WorkspaceDatabase.open(newer).close();
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + newer.resolve("workspace"), "mailroom", "");
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', "
                    + "'mailroom', 0, TRUE)");
        }
        String newerBefore = sha256(newer.resolve("workspace.mv.db"));
        app.dialogs.folders.add(newer);
        menu.open();

        Path held = temp.resolve("held");
        WorkspaceDatabase.open(held).close();
        try (HeldWorkspace other = HeldWorkspace.start(held)) {
            app.dialogs.folders.add(held);
            menu.open();
        }

        assertThat(app.dialogs.errors).hasSize(3);
        assertThat(app.dialogs.errors.get(0)).isEqualTo(empty + " holds no Mailroom workspace (no workspace.mv.db in it). To start one "
                + "there, choose Workspace ▸ New workspace…. The workspace you had open stays open.");
        assertThat(app.dialogs.errors.get(1)).isEqualTo("The workspace is at schema version 99, written by a newer Mailroom. Update "
                + "Mailroom to open it. The workspace you had open stays open.");
        assertThat(app.dialogs.errors.get(2)).startsWith("The workspace in " + held + " is in use by another Mailroom");
        assertThat(app.dialogs.errors).allSatisfy(sentence -> assertThat(sentence).doesNotContain("Exception", "SQL", "org."));
        assertThat(app.shown).isEmpty();
        assertThat(app.currentReference()).isEqualTo(home);
        assertThat(sha256(newer.resolve("workspace.mv.db"))).isEqualTo(newerBefore);
        assertThat(empty.resolve("workspace.mv.db")).doesNotExist();
    }

    @Test
    void aMissingRecentWorkspaceSaysSoOpensNothingAndCanBeRemovedFromTheList() throws Exception {
        Path gone = temp.resolve("gone");
        WorkspaceDatabase.open(gone).close();
        app.recent.opened(new WorkspaceLocation.Folder(gone));
        Files.delete(gone.resolve("workspace.mv.db"));
        menu.refreshRecent();
        RecentWorkspaces.Entry entry = menu.recent().get(0);
        assertThat(entry.missing()).isTrue();

        app.dialogs.cancelChoice = true;
        menu.openRecent(entry);
        assertThat(app.dialogs.questions).containsExactly("The workspace gone is no longer in " + gone + ": the folder was moved, "
                + "deleted, or is on a disk that is not mounted. Nothing was opened.");
        assertThat(menu.recent()).hasSize(1);

        app.dialogs.cancelChoice = false; // "Remove from the list"
        menu.openRecent(entry);
        assertThat(menu.recent()).isEmpty();
        assertThat(app.shown).isEmpty();
        assertThat(gone.resolve("workspace.mv.db")).doesNotExist(); // not made again behind the admin's back
    }

    @Test
    void theRecentListKeepsTheLastTenMostRecentFirstEachOnce() {
        RecentWorkspaces recent = app.recent;
        for (int i = 1; i <= 12; i++) {
            recent.opened(new WorkspaceLocation.Folder(temp.resolve("center" + i)));
        }
        recent.opened(new WorkspaceLocation.Folder(temp.resolve("center5")));

        assertThat(recent.entries()).extracting(RecentWorkspaces.Entry::name).containsExactly("center5", "center12", "center11",
                "center10", "center9", "center8", "center7", "center6", "center4", "center3");
        assertThat(recent.entries()).allSatisfy(entry -> assertThat(entry.missing()).isTrue());
    }

    @Test
    void aSwitchThatWouldEndARunningTestAsksFirstAndNoKeepsTheWorkspace() throws Exception {
        Path contoso = temp.resolve("contoso");
        WorkspaceDatabase.open(contoso).close();
        app.unfinished.add("• a connection test is running (its results so far are kept)");
        app.dialogs.confirmAnswer = false;
        app.dialogs.folders.add(contoso);

        menu.open();

        assertThat(app.dialogs.questions).singleElement().asString().startsWith("Switching workspace ends what is still going on")
                .contains("a connection test is running");
        assertThat(app.dialogs.errors).containsExactly("Nothing was switched. The workspace you had open stays open.");
        assertThat(app.currentReference()).isEqualTo(home);

        app.dialogs.confirmAnswer = true;
        app.dialogs.folders.add(contoso);
        menu.open();
        assertThat(app.currentReference()).isEqualTo(contoso.toString());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
