package org.mailroom.ui.main;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import org.mailroom.ui.common.Theme;
import org.mailroom.ui.workspace.WorkspaceMenu;

/** The main window's menu bar: Workspace files, saved Passwords, View (theme) and Help. */
public final class MainMenuView {

    private final WorkspaceMenu menu;
    private final Runnable shortcuts;
    private final Runnable about;
    private final Consumer<Theme> themes;

    @FXML private CheckMenuItem neverSaveItem;
    @FXML private MenuItem unlockItem;
    @FXML private MenuItem lockItem;

    MainMenuView(WorkspaceMenu menu, Runnable shortcuts, Runnable about, Consumer<Theme> themes) {
        this.menu = menu;
        this.shortcuts = shortcuts;
        this.about = about;
        this.themes = themes;
    }

    @FXML
    private void initialize() {
        neverSaveItem.selectedProperty().bindBidirectional(menu.passwords().neverSaveProperty());
        neverSaveItem.setOnAction(event -> menu.passwords().setNeverSave(neverSaveItem.isSelected()));
        unlockItem.disableProperty().bind(menu.passwords().lockedProperty().not());
        lockItem.disableProperty().bind(menu.passwords().openProperty().not());
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
    private void resetPasswords() {
        menu.passwords().reset();
    }

    @FXML
    private void followSystemTheme() {
        themes.accept(Theme.SYSTEM);
    }

    @FXML
    private void lightTheme() {
        themes.accept(Theme.LIGHT);
    }

    @FXML
    private void darkTheme() {
        themes.accept(Theme.DARK);
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
