package org.mailroom;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.stage.WindowEvent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mailroom.check.CheckInput;
import org.mailroom.check.ConfigurationCheck;
import org.mailroom.detect.DetectionSettings;
import org.mailroom.detect.ServerDetector;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.SessionPasswords;
import org.mailroom.io.WorkspaceImporter;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.PasswordKeeper;
import org.mailroom.secrets.Vault;
import org.mailroom.oauth.TokenChecker;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.store.CertificatePinStore;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.TestResultStore;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.text.Text;
import org.mailroom.ui.applications.ApplicationsViewModel;
import org.mailroom.ui.check.CheckViewModel;
import org.mailroom.ui.common.FxBackground;
import org.mailroom.ui.common.FirstFrame;
import org.mailroom.ui.common.FxDialogService;
import org.mailroom.ui.common.ColumnLayout;
import org.mailroom.ui.common.Icons;
import org.mailroom.ui.common.Theme;
import org.mailroom.ui.common.ViewLoader;
import org.mailroom.ui.common.WindowState;
import org.mailroom.ui.detect.ServerDetection;
import org.mailroom.ui.fromaddresses.FromAddressesViewModel;
import org.mailroom.ui.mailboxes.ConnectionTestsViewModel;
import org.mailroom.ui.mailboxes.OAuthSignIn;
import org.mailroom.ui.mailboxes.MailboxFilter;
import org.mailroom.ui.mailboxes.MailboxesView;
import org.mailroom.ui.mailboxes.MainMenuView;
import org.mailroom.ui.mailboxes.MailboxesViewModel;
import org.mailroom.ui.oauth.OAuthWizard;
import org.mailroom.ui.workspace.PasswordsViewModel;
import org.mailroom.ui.workspace.WorkspaceFilesViewModel;
import org.mailroom.ui.workspace.WorkspaceMenu;
import org.mailroom.ui.oauth.OAuthWizardViewModel;
import org.mailroom.ui.oauth.TokenVerificationViewModel;
import org.mailroom.ui.servers.MailServersViewModel;

/** The composition root: builds every service once, with plain constructors, and wires the screens. */
public final class Mailroom implements AutoCloseable {

    private static final double MAIN_WIDTH = 1280;
    private static final double MAIN_HEIGHT = 720;

    private final AppPaths paths;
    private final WorkspaceDatabase database;
    private final FxBackground background = new FxBackground("mailroom-workspace", 1);
    private final FxBackground mailWork = new FxBackground("mailroom-mail", 4);
    /** msal4j's token requests; the wizard cancels them through their futures. */
    private final ExecutorService tokenWork = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "mailroom-oauth");
        thread.setDaemon(true);
        return thread;
    });
    private final FxDialogService dialogs = new FxDialogService();
    private final MailboxesViewModel mailboxesViewModel;
    private final WorkspaceMenu menu;
    private final CheckViewModel check;
    private final WindowState windowState;
    private final CompletableFuture<MailboxesViewModel.Snapshot> firstSnapshot;

    private Mailroom(AppPaths paths, WorkspaceDatabase database, Executor opener, DetectionSettings detection) {
        this.paths = paths;
        this.database = database;
        this.windowState = new WindowState(paths.dataFolder().resolve("window.properties"));
        MailServerStore servers = new MailServerStore(database);
        MailboxStore mailboxes = new MailboxStore(database, servers);
        ApplicationStore applications = new ApplicationStore(database);
        BusinessAttributeStore attributes = new BusinessAttributeStore(database);
        TestResultStore testResults = new TestResultStore(database);
        OAuthStore oauth = new OAuthStore(database);
        SessionPasswords passwords = new SessionPasswords();
        Vault vault = new Vault(database, OsKeyring.system());
        PasswordKeeper keeper = new PasswordKeeper(passwords, vault);
        ConnectionTestsViewModel tests = new ConnectionTestsViewModel(testResults, new CertificatePinStore(database),
                keeper, passwords, background, mailWork, dialogs,
                new OAuthSignIn(oauth, new TokenChecker(IdentityProviderSettings.defaults(), tokenWork, Clock.systemUTC())));
        ServerDetection serverDetection = new ServerDetection(new ServerDetector(detection), servers, background,
                mailWork, dialogs);
        this.mailboxesViewModel = new MailboxesViewModel(
                new MailboxesViewModel.Stores(mailboxes, servers, applications, attributes, testResults, oauth),
                new SampleWorkspace(servers, mailboxes), keeper, passwords, background, dialogs,
                new MailboxesViewModel.Managers(
                        () -> new MailServersViewModel(servers, background, serverDetection),
                        () -> new ApplicationsViewModel(applications, background, dialogs),
                        outboundAddress -> new FromAddressesViewModel(attributes, background, dialogs, outboundAddress),
                        all -> oauthWizard(oauth, all), serverDetection),
                tests);
        this.check = new CheckViewModel(new ConfigurationCheck(Clock.systemDefaultZone()),
                () -> new CheckInput(WorkspaceContent.read(database), testResults.all(), oauth.manifests()), background,
                item -> this.mailboxesViewModel.goTo(item));
        check.pause();
        mailboxesViewModel.attach(check);
        this.menu = new WorkspaceMenu(
                new WorkspaceFilesViewModel(() -> WorkspaceContent.read(database), new WorkspaceImporter(database), keeper,
                        background, dialogs, () -> this.mailboxesViewModel.selectedIds(), () -> this.mailboxesViewModel.load()),
                new PasswordsViewModel(vault, keeper, background, dialogs,
                        () -> mailboxes.findAll().stream().map(Mailbox::id).toList()));
        this.firstSnapshot = database.opened().thenApplyAsync(open -> mailboxesViewModel.readWorkspace(), opener);
    }

    private OAuthWizard oauthWizard(OAuthStore oauth, List<Mailbox> mailboxes) {
        OAuthWizardViewModel pages = new OAuthWizardViewModel(oauth, background, mailboxes);
        TokenChecker checker = new TokenChecker(IdentityProviderSettings.defaults(), tokenWork, Clock.systemUTC());
        return new OAuthWizard(pages, new TokenVerificationViewModel(pages, checker, mailWork));
    }

    /**
     * Starts opening the workspace in the data folder and reading what the first frame shows, on a
     * thread of its own; returns at once.
     */
    public static Mailroom open(AppPaths paths) {
        return open(paths, DetectionSettings.defaults(paths.dataFolder().resolve("ispdb")));
    }

    /** As {@link #open(AppPaths)}, with server detection reaching the network as {@code detection} says (tests). */
    public static Mailroom open(AppPaths paths, DetectionSettings detection) {
        Executor opener = runnable -> {
            Thread thread = new Thread(runnable, "mailroom-open");
            thread.setDaemon(true);
            thread.start();
        };
        return new Mailroom(paths, WorkspaceDatabase.openInBackground(paths.dataFolder(), opener), opener, detection);
    }

    /**
     * Builds the main window while the workspace opens, and shows it with the workspace in it.
     * Completes (on the FX thread) once the window is up, or with the reason the workspace can't open.
     */
    public CompletableFuture<Stage> showMainWindow(Stage stage) {
        MailboxesView view = new MailboxesView(mailboxesViewModel, menu);
        Parent root = ViewLoader.load(view, new MainMenuView(menu, mailboxesViewModel, this::about, theme -> useTheme(stage, theme)));
        dialogs.setOwner(stage);
        stage.setTitle(Text.get("app.windowTitle", paths.dataFolder()));
        Icons.applyWhenLoaded(stage);
        // A sized scene skips a whole CSS and layout pass that only measures the preferred size.
        stage.setScene(new Scene(root, windowState.get("window.width", MAIN_WIDTH), windowState.get("window.height", MAIN_HEIGHT)));
        restoreAndRemember(stage);
        TableView<?> table = view.table();
        ColumnLayout.restore(table, windowState, "ui.mailboxColumns");
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> ColumnLayout.remember(table, windowState, "ui.mailboxColumns"));
        useTheme(stage, Theme.valueOf(windowState.get("ui.theme", Theme.SYSTEM.name())));
        return firstSnapshot.thenApplyAsync(snapshot -> {
            mailboxesViewModel.show(snapshot);
            stage.show();
            FirstFrame.whenDrawn(stage.getScene(), () -> {
                check.resume();
                menu.passwords().start();
            });
            return stage;
        }, Platform::runLater);
    }

    /** Window bounds, filter and search as the admin left them; written when the window closes. */
    private void restoreAndRemember(Stage stage) {
        double x = windowState.get("window.x", Double.NaN);
        double y = windowState.get("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(windowState.get("window.maximized", "false")));
        mailboxesViewModel.searchProperty().set(windowState.get("ui.mailboxSearch", ""));
        mailboxesViewModel.filterProperty().set(MailboxFilter.valueOf(windowState.get("ui.mailboxFilter", MailboxFilter.ALL.name())));
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> {
            windowState.put("window.maximized", stage.isMaximized());
            if (!stage.isMaximized()) {
                windowState.put("window.x", stage.getX());
                windowState.put("window.y", stage.getY());
                windowState.put("window.width", stage.getScene().getWidth());
                windowState.put("window.height", stage.getScene().getHeight());
            }
            windowState.put("ui.mailboxSearch", mailboxesViewModel.searchProperty().get());
            windowState.put("ui.mailboxFilter", mailboxesViewModel.filterProperty().get());
        });
    }

    /** Applies a theme to the window and its dialogs, and remembers it. */
    private void useTheme(Stage stage, Theme theme) {
        boolean dark = theme.isDark(System.getenv());
        Theme.style(stage.getScene(), dark);
        dialogs.setDark(dark);
        windowState.put("ui.theme", theme);
    }

    private void about() {
        dialogs.showAbout(Text.get("about.text", Launcher.version(), paths.dataFolder(), paths.logFolder(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version")), paths.logFolder());
    }

    /** Lets the About window open the log folder in the desktop's file manager. */
    public void useHostServices(HostServices services) {
        dialogs.setFolderOpener(folder -> services.showDocument(folder.toUri().toString()));
    }

    /** Closes the workspace and writes the window state once every window is gone. */
    @Override
    public void close() {
        windowState.save();
        background.close();
        mailWork.close();
        tokenWork.shutdownNow();
        database.close();
    }
}
