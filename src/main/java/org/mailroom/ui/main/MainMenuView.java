package org.mailroom.ui.main;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.mailroom.service.RecentWorkspaces;
import org.mailroom.text.Text;
import javafx.scene.control.RadioMenuItem;
import org.mailroom.ui.common.Theme;
import org.mailroom.ui.workspace.WorkspaceMenu;
import org.mailroom.ui.workspace.WorkspacesViewModel;

/** The main window's menu bar: Workspace files, saved Passwords, View (theme) and Help (with the error decoder). */
public final class MainMenuView {

    private final WorkspaceMenu menu;
    private final WorkspacesViewModel workspaces;
    private final Runnable shortcuts;
    private final Runnable about;
    private final Runnable explain;
    private final ObjectProperty<Theme> theme;

    @FXML private Menu workspaceMenu;
    @FXML private Menu recentMenu;
    @FXML private CheckMenuItem neverSaveItem;
    @FXML private MenuItem unlockItem;
    @FXML private MenuItem lockItem;
    @FXML private MenuItem toPassphraseItem;
    @FXML private MenuItem toKeyringItem;
    @FXML private RadioMenuItem systemThemeItem;
    @FXML private RadioMenuItem lightThemeItem;
    @FXML private RadioMenuItem darkThemeItem;

    /**
     * @param explain opens the error decoder
     * @param theme   the theme in use; the View menu shows it ticked and sets it
     */
    MainMenuView(WorkspaceMenu menu, WorkspacesViewModel workspaces, Runnable shortcuts, Runnable about, Runnable explain,
                 ObjectProperty<Theme> theme) {
        this.menu = menu;
        this.workspaces = workspaces;
        this.shortcuts = shortcuts;
        this.about = about;
        this.explain = explain;
        this.theme = theme;
    }

    @FXML
    private void initialize() {
        bindWorkspaces();
        neverSaveItem.selectedProperty().bindBidirectional(menu.passwords().neverSaveProperty());
        neverSaveItem.setOnAction(event -> menu.passwords().setNeverSave(neverSaveItem.isSelected()));
        unlockItem.disableProperty().bind(menu.passwords().lockedProperty().not());
        lockItem.disableProperty().bind(menu.passwords().openProperty().not());
        // The key moves only while open: it is re-kept, not re-made, so the saved passwords stay.
        toPassphraseItem.disableProperty().bind(menu.passwords().openProperty().and(menu.passwords().keptByKeyringProperty()).not());
        toKeyringItem.disableProperty().bind(menu.passwords().openProperty().and(menu.passwords().keptByKeyringProperty().not()).not());
        Map<Theme, RadioMenuItem> themeItems = Map.of(Theme.SYSTEM, systemThemeItem, Theme.LIGHT, lightThemeItem, Theme.DARK, darkThemeItem);
        themeItems.forEach((choice, item) -> item.setOnAction(event -> theme.set(choice)));
        themeItems.get(theme.get()).setSelected(true);
        theme.addListener((o, before, chosen) -> themeItems.get(chosen).setSelected(true));
    }

    /** Open recent follows the list; opening the Workspace menu looks again whether each folder is still there. */
    private void bindWorkspaces() {
        workspaceMenu.setOnShowing(event -> workspaces.refreshRecent());
        workspaces.recent().addListener((ListChangeListener<RecentWorkspaces.Entry>) change -> showRecent());
        showRecent();
        workspaces.refreshRecent();
    }

    private void showRecent() {
        recentMenu.getItems().clear();
        for (RecentWorkspaces.Entry entry : workspaces.recent()) {
            String where = entry.team() ? Text.get("workspaces.recent.team") : entry.reference();
            MenuItem item = new MenuItem(Text.get(entry.missing() ? "workspaces.recent.itemMissing" : "workspaces.recent.item",
                    entry.name(), where));
            item.setMnemonicParsing(false);
            item.setOnAction(event -> workspaces.openRecent(entry));
            recentMenu.getItems().add(item);
        }
        if (workspaces.recent().stream().anyMatch(RecentWorkspaces.Entry::missing)) {
            MenuItem removeMissing = new MenuItem(Text.get("workspaces.recent.removeMissing"));
            removeMissing.setOnAction(event -> workspaces.recent().stream().filter(RecentWorkspaces.Entry::missing).toList()
                    .forEach(workspaces::forget));
            recentMenu.getItems().addAll(new SeparatorMenuItem(), removeMissing);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    @FXML
    private void newWorkspace() {
        workspaces.newWorkspace();
    }

    @FXML
    private void openWorkspace() {
        workspaces.open();
    }

    @FXML
    private void connectTeamWorkspace() {
        workspaces.connect();
    }

    @FXML
    private void showHistory() {
        menu.showHistory().run();
    }

    @FXML
    private void showHandoverReview() {
        menu.showHandoverReview().run();
    }

    @FXML
    private void markHandedOver() {
        menu.markHandedOver().run();
    }

    @FXML
    private void exportWorkspace() {
        menu.files().export(false);
    }

    @FXML
    private void exportSelected() {
        menu.files().export(true);
    }

    @FXML
    private void importWorkspace() {
        menu.files().importFile();
    }

    @FXML
    private void exportOptions() {
        menu.files().exportOptions(false);
    }

    @FXML
    private void exportOptionsWithPasswords() {
        menu.files().exportOptions(true);
    }

    @FXML
    private void exportSummary() {
        menu.files().exportSummary();
    }

    @FXML
    private void savePasswords() {
        menu.passwords().savePasswords();
    }

    @FXML
    private void lockPasswords() {
        menu.passwords().lock();
    }

    @FXML
    private void keepKeyBehindPassphrase() {
        menu.passwords().useMasterPassphrase();
    }

    @FXML
    private void keepKeyInKeyring() {
        menu.passwords().useCredentialStore();
    }

    @FXML
    private void resetPasswords() {
        menu.passwords().reset();
    }

    @FXML
    private void explainError() {
        explain.run();
    }

    @FXML
    private void showShortcuts() {
        shortcuts.run();
    }

    @FXML
    private void showAbout() {
        about.run();
    }
}
