package org.mailroom.ui.main;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.mailroom.text.Text;
import org.mailroom.ui.check.CheckViewModel;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.Theme;
import org.mailroom.ui.common.ViewLoader;
import org.mailroom.ui.common.WindowState;
import org.mailroom.ui.explain.ExplainViewModel;
import org.mailroom.ui.explain.ExplainWindow;
import org.mailroom.ui.mailboxes.MailboxFilter;
import org.mailroom.ui.mailboxes.MailboxesView;
import org.mailroom.ui.mailboxes.MailboxesViewModel;
import org.mailroom.ui.tests.ConnectionTestsView;
import org.mailroom.ui.tests.ConnectionTestsViewModel;
import org.mailroom.ui.workspace.WorkspaceMenu;
import org.mailroom.ui.workspace.WorkspacesViewModel;

/**
 * The main window: its views joined, its size, place, filter, search and theme as the admin left them,
 * remembered when it closes.
 */
public final class MainWindow {

    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 720;

    private final MailboxesViewModel mailboxes;
    private final ConnectionTestsViewModel testing;
    private final CheckViewModel check;
    private final WorkspaceMenu menu;
    private final WorkspacesViewModel workspaces;
    private final DialogService dialogs;
    private final Runnable showCheck;
    private final WindowState state;
    /** Where the stage keeps what writes its state when it hides, or when its workspace is switched. */
    private static final String REMEMBER_KEY = "mailroom.rememberWindowState";
    /** The View menu's choice. */
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();

    /**
     * @param showCheck opens the Check configuration window
     * @param workspaces which workspace the window shows (New…, Open…, Open recent, Connect…); outlives each one
     * @param state     where the window's geometry, columns, filter, search and theme are kept
     */
    public MainWindow(MailboxesViewModel mailboxes, ConnectionTestsViewModel testing, CheckViewModel check, WorkspaceMenu menu,
                      WorkspacesViewModel workspaces, DialogService dialogs, Runnable showCheck, WindowState state) {
        this.mailboxes = mailboxes;
        this.testing = testing;
        this.check = check;
        this.menu = menu;
        this.workspaces = workspaces;
        this.dialogs = dialogs;
        this.showCheck = showCheck;
        this.state = state;
    }

    /**
     * Builds the window's content in {@code stage}, titled after the workspace; {@code about} shows About. A stage that
     * shows another workspace already keeps its size and place, and gets the new content.
     */
    public void build(Stage stage, String workspaceName, Runnable about) {
        ConnectionTestsView tests = new ConnectionTestsView(testing, mailboxes.selectedIdProperty());
        theme.set(Theme.valueOf(state.get("ui.theme", Theme.SYSTEM.name())));
        Parent root = ViewLoader.load(new MainView(mailboxes, check, menu.passwords(), testing, tests, showCheck, workspaces),
                new MainMenuView(menu, workspaces, this::showShortcuts, about, () -> ExplainWindow.open(new ExplainViewModel()), theme),
                new MailboxesView(mailboxes, tests::lastTestText, tests::details, state));
        stage.setTitle(Text.get("app.windowTitle", workspaceName));
        if (stage.getScene() != null) {
            stage.getScene().setRoot(root);
            useTheme(theme.get());
            theme.addListener((o, before, chosen) -> useTheme(chosen));
            // another contact center's mailboxes: all of them, not what the last one's search left
            mailboxes.searchProperty().set("");
            mailboxes.filterProperty().set(MailboxFilter.ALL);
            rememberOnHide(stage);
            return;
        }
        // A sized scene skips a whole CSS and layout pass that only measures the preferred size.
        // Never larger than the screen it opens on (a 1280 × 720 default on an 800 × 600 screen hid the toolbar's end).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(root, Math.min(state.get("window.width", DEFAULT_WIDTH), screen.getWidth()),
                Math.min(state.get("window.height", DEFAULT_HEIGHT), screen.getHeight())));
        useTheme(theme.get());
        theme.addListener((o, before, chosen) -> useTheme(chosen));
        restoreAndRemember(stage);
    }

    /** Window bounds, filter and search as the admin left them; written when the window closes. */
    private void restoreAndRemember(Stage stage) {
        double x = state.get("window.x", Double.NaN);
        double y = state.get("window.y", Double.NaN);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (!Double.isNaN(x) && !Double.isNaN(y) && screen.contains(x, y)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - stage.getScene().getWidth()) / 2));
            stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - stage.getScene().getHeight()) / 2));
        }
        stage.setMaximized(Boolean.parseBoolean(state.get("window.maximized", "false")));
        mailboxes.searchProperty().set(state.get("ui.mailboxSearch", ""));
        mailboxes.filterProperty().set(MailboxFilter.valueOf(state.get("ui.mailboxFilter", MailboxFilter.ALL.name())));
        rememberOnHide(stage);
    }

    /** Writes the window's state as it is now into its {@link WindowState}: before another workspace takes the window. */
    public static void remember(Stage stage) {
        if (stage.getProperties().get(REMEMBER_KEY) instanceof Runnable remember) {
            remember.run();
        }
    }

    /** This content's state is written when the window hides; the content it replaced no longer writes. */
    private void rememberOnHide(Stage stage) {
        Runnable remember = () -> {
            state.put("window.maximized", stage.isMaximized());
            if (!stage.isMaximized()) {
                state.put("window.x", stage.getX());
                state.put("window.y", stage.getY());
                state.put("window.width", stage.getScene().getWidth());
                state.put("window.height", stage.getScene().getHeight());
            }
            state.put("ui.mailboxSearch", mailboxes.searchProperty().get());
            state.put("ui.mailboxFilter", mailboxes.filterProperty().get());
        };
        if (stage.getProperties().put(REMEMBER_KEY, remember) == null) {
            stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> remember(stage));
        }
    }

    /** Applies a theme to every window, dialogs included, and remembers it. */
    private void useTheme(Theme theme) {
        Theme.applyToAllWindows(theme.isDark(System.getenv()));
        state.put("ui.theme", theme);
    }

    private void showShortcuts() {
        dialogs.showInfo(Text.get("help.shortcuts.title"), Text.get("help.shortcuts.text"));
    }
}
