package org.mailroom;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.mailroom.detect.DetectionSettings;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.service.TeamFollower;
import org.mailroom.service.WorkspaceReader;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.text.Text;
import org.mailroom.ui.common.FirstFrame;
import org.mailroom.ui.common.FxBackground;
import org.mailroom.ui.common.FxDialogService;
import org.mailroom.ui.common.Icons;
import org.mailroom.ui.common.WindowState;
import org.mailroom.ui.main.MainWindow;
import org.mailroom.ui.main.Screens;

/**
 * The app's life: opens the workspace beside the toolkit, wires it ({@link Wiring}), shows the main
 * window, and on close lets queued workspace writes finish before the workspace closes.
 */
public final class Mailroom implements AutoCloseable {

    private final AppPaths paths;
    private final WorkspaceLocation location;
    private final DetectionSettings detection;
    private final WorkspaceDatabase database;
    private final FxBackground workspace = new FxBackground("mailroom-workspace", 1);
    private final FxBackground mailWork = new FxBackground("mailroom-mail", 4);
    /** Calls that wait on the OS credential store: never on the workspace's thread. */
    private final FxBackground keyringWork = new FxBackground("mailroom-keyring", 1);
    private final OsKeyring keyring;
    /** msal4j's token requests; the wizard cancels them through their futures. */
    private final ExecutorService tokenWork = Executors.newCachedThreadPool(FxBackground.daemonThreads("mailroom-oauth"));
    private final FxDialogService dialogs = new FxDialogService();
    private final Wiring wiring;
    private final WindowState windowState;
    private final CompletableFuture<WorkspaceReader.Snapshot> firstSnapshot;
    private final Executor opener;
    private volatile TeamFollower follower;

    private Mailroom(AppPaths paths, WorkspaceLocation location, WorkspaceDatabase database, Executor opener, DetectionSettings detection) {
        this.paths = paths;
        this.location = location;
        this.opener = opener;
        this.detection = detection;
        this.keyring = OsKeyring.system();
        this.database = database;
        this.windowState = new WindowState(paths.dataFolder().resolve("window.properties"));
        this.wiring = new Wiring(database, new Wiring.Parts(workspace, mailWork, tokenWork, dialogs, Screens.windows(),
                Clock.systemDefaultZone(), detection, IdentityProviderSettings.defaults(), keyring, keyringWork));
        wiring.check().pause();
        wiring.check().refresh(); // wanted once the first frame is drawn
        this.firstSnapshot = database.opened().thenApplyAsync(open -> wiring.mailboxes().readWorkspace(), opener);
    }

    /**
     * Starts opening the workspace in the data folder and reading what the first frame shows, on a
     * thread of its own; returns at once.
     */
    public static Mailroom open(AppPaths paths) {
        return open(paths, new WorkspaceLocation.Folder(paths.dataFolder()), new char[0]);
    }

    /** As {@link #open(AppPaths)}, on the workspace at {@code location} (a team one with {@code password}). */
    public static Mailroom open(AppPaths paths, WorkspaceLocation location, char[] password) {
        return open(paths, location, password, DetectionSettings.defaults(paths.dataFolder().resolve("ispdb")), false);
    }

    /** As {@link #open(AppPaths)}, with server detection reaching the network as {@code detection} says (tests). */
    public static Mailroom open(AppPaths paths, DetectionSettings detection) {
        return open(paths, new WorkspaceLocation.Folder(paths.dataFolder()), new char[0], detection, false);
    }

    private static Mailroom open(AppPaths paths, WorkspaceLocation location, char[] password, DetectionSettings detection,
                                 boolean readOnly) {
        Executor opener = runnable -> FxBackground.daemonThreads("mailroom-open").newThread(runnable).start();
        return new Mailroom(paths, location, WorkspaceDatabase.openInBackground(location, password, readOnly, opener), opener, detection);
    }

    /**
     * This app closed, and the same workspace opened again for reading only: the admin's answer when the data folder
     * may not be written ({@link org.mailroom.store.WorkspaceReadOnlyException}). Slow work: not on the FX thread.
     */
    public Mailroom reopenReadOnly() {
        close();
        return open(paths, location, new char[0], detection, true);
    }

    /**
     * Builds the main window while the workspace opens, and shows it with the workspace in it.
     * Completes (on the FX thread) once the window is up, or with the reason the workspace can't open.
     */
    public CompletableFuture<Stage> showMainWindow(Stage stage) {
        String folder = location instanceof WorkspaceLocation.Folder ? location.reference() : location.displayName();
        new MainWindow(wiring.mailboxes(), wiring.tests(), wiring.check(), wiring.menu(), dialogs, wiring::showCheck, windowState)
                .build(stage, folder, this::about);
        return firstSnapshot.thenApplyAsync(snapshot -> {
            if (database.isReadOnly()) {
                stage.setTitle(Text.get("app.windowTitle", Text.get("app.readOnly.title", folder)));
            }
            wiring.mailboxes().show(snapshot);
            stage.show();
            // Painted, not just drawn: on two cores the check and the icons would take turns with the renderer.
            FirstFrame.whenPainted(stage.getScene(), () -> {
                wiring.check().resume();
                wiring.menu().passwords().start();
                Icons.applyWhenLoaded(stage);
                if (database.isTeam()) {
                    opener.execute(() -> follower = TeamFollower.start(database, wiring.events()));
                }
            });
            return stage;
        }, Platform::runLater);
    }

    private void about() {
        dialogs.showAbout(Text.get("about.text", Launcher.version(), location.reference(), paths.logFolder(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version")), paths.logFolder());
    }

    /** Lets the About window open the log folder in the desktop's file manager. */
    public void useHostServices(HostServices services) {
        dialogs.setFolderOpener(folder -> services.showDocument(folder.toUri().toString()));
    }

    /** The wiring of this app's screens (tests reach the view models through it). */
    public Wiring wiring() {
        return wiring;
    }

    /**
     * Closes the workspace once every window is gone: the window state is written, queued workspace
     * writes finish (bounded wait), mail, token and keyring work is stopped and the connection to the OS
     * credential store closed (its D-Bus thread would keep the process alive), then the database closes.
     */
    @Override
    public void close() {
        windowState.save();
        TeamFollower following = follower;
        if (following != null) {
            following.close();
        }
        mailWork.close();
        tokenWork.shutdownNow();
        keyringWork.close();
        keyring.close();
        workspace.closeAfterQueuedWork();
        database.close();
    }
}
