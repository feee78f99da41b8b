package org.mailroom.ui.main;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import org.mailroom.ui.common.Theme;
import org.mailroom.ui.workspace.WorkspaceMenu;

/** The main window's menu bar: Workspace files, saved Passwords, View (theme) and Help (with the error decoder). */
public final class MainMenuView {

    private final WorkspaceMenu menu;
    private final Runnable shortcuts;
    private final Runnable about;
    private final Runnable explain;
    private final ObjectProperty<Theme> theme;

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
    MainMenuView(WorkspaceMenu menu, Runnable shortcuts, Runnable about, Runnable explain, ObjectProperty<Theme> theme) {
        this.menu = menu;
        this.shortcuts = shortcuts;
        this.about = about;
        this.explain = explain;
        this.theme = theme;
    }

    @FXML
    private void initialize() {
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
