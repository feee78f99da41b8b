package org.mailroom;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.mailroom.detect.DetectionSettings;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.TeamPasswords;
import org.mailroom.service.RecentWorkspaces;
import org.mailroom.service.WorkspacePlaces;
import org.mailroom.service.WorkspaceReader;
import org.mailroom.store.StoreException;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.text.Text;
import org.mailroom.ui.common.FirstFrame;
import org.mailroom.ui.common.FxBackground;
import org.mailroom.ui.common.FxDialogService;
import org.mailroom.ui.common.Icons;
import org.mailroom.ui.common.WindowState;
import org.mailroom.ui.main.MainWindow;
import org.mailroom.ui.workspace.TeamConnectWindow;
import org.mailroom.ui.workspace.WorkspaceSwitching;
import org.mailroom.ui.workspace.WorkspacesViewModel;

/**
 * The app's life: opens a workspace beside the toolkit ({@link WorkspaceSession}), shows the main window, switches it
 * to another workspace when the admin asks (Workspace ▸ New…, Open…, Open recent, Connect…), and on close lets queued
 * workspace writes finish before the workspace closes.
 */
public final class Mailroom implements AutoCloseable, WorkspaceSwitching {

    private final AppPaths paths;
    private final DetectionSettings detection;
    private final FxDialogService dialogs = new FxDialogService();
    private final WindowState windowState;
    private final RecentWorkspaces recent;
    /** The team workspaces' passwords outlive each workspace, so they have a credential store connection of their own. */
    private final OsKeyring teamKeyring = OsKeyring.system();
    private final TeamPasswords teamPasswords = new TeamPasswords(teamKeyring);
    private final FxBackground switchWork = new FxBackground("mailroom-switch", 1);
    private final Executor opener = runnable -> FxBackground.daemonThreads("mailroom-open").newThread(runnable).start();
    private final WorkspacesViewModel workspaces;
    /** Whether the workspace opening now is the last one of an earlier session, which falls back to the default one. */
    private boolean fallsBack;
    /** Said once the window is up: why the default workspace opened instead of the last one. */
    private volatile String startNotice;
    /** Run once, when the window's next first frame is painted (the start-up probe's moment). */
    private Runnable whenPainted = () -> { };
    private volatile WorkspaceSession session;
    private Stage stage;

    private Mailroom(AppPaths paths, DetectionSettings detection) {
        this.paths = paths;
        this.detection = detection;
        this.windowState = new WindowState(paths.dataFolder().resolve("window.properties"));
        this.recent = new RecentWorkspaces(paths.dataFolder());
        // a lambda, not a method reference: the dialog's classes load when it first opens, not at start
        this.workspaces = new WorkspacesViewModel(new WorkspacePlaces(recent, teamPasswords), this, switchWork, dialogs,
                connect -> TeamConnectWindow.open(connect));
    }

    /** Starts opening the workspace in the data folder and reading what the first frame shows, on a thread of its own. */
    public static Mailroom open(AppPaths paths) {
        return open(paths, DetectionSettings.defaults(paths.dataFolder().resolve("ispdb")));
    }

    /** As {@link #open(AppPaths)}, on the workspace at {@code location} (a team one with {@code password}). */
    public static Mailroom open(AppPaths paths, WorkspaceLocation location, char[] password) {
        Mailroom app = new Mailroom(paths, DetectionSettings.defaults(paths.dataFolder().resolve("ispdb")));
        app.session = app.opening(location, password, false);
        return app;
    }

    /** As {@link #open(AppPaths)}, with server detection reaching the network as {@code detection} says (tests). */
    public static Mailroom open(AppPaths paths, DetectionSettings detection) {
        Mailroom app = new Mailroom(paths, detection);
        app.session = app.opening(new WorkspaceLocation.Folder(paths.dataFolder()), new char[0], false);
        return app;
    }

    /**
     * The workspace opened last (the recent list's first), or the data folder's. A last one that is gone, or a team one
     * whose password is not known, opens the default one at once; one refused while opening, once refused. Either way
     * the window then says why, in a sentence.
     *
     * @param env where a team workspace's password may be given ({@value WorkspaceArgument#PASSWORD_VARIABLE})
     */
    public static Mailroom openLast(AppPaths paths, Map<String, String> env) {
        Mailroom app = new Mailroom(paths, DetectionSettings.defaults(paths.dataFolder().resolve("ispdb")));
        WorkspaceLocation defaultFolder = new WorkspaceLocation.Folder(paths.dataFolder());
        Optional<WorkspaceLocation> last = app.recent.last().filter(location -> !app.recent.isDefault(location));
        char[] password = new char[0];
        if (last.isPresent() && last.get() instanceof WorkspaceLocation.Folder folder && !folder.holdsWorkspace()) {
            app.startNotice = Text.get("workspaces.last.missing", folder.reference());
            last = Optional.empty();
        } else if (last.isPresent() && last.get() instanceof WorkspaceLocation.TeamServer team) {
            String given = env.get(WorkspaceArgument.PASSWORD_VARIABLE);
            Optional<char[]> known = given == null || given.isEmpty() ? app.teamPasswords.find(team) : Optional.of(given.toCharArray());
            if (known.isEmpty()) {
                app.startNotice = Text.get("workspaces.last.needsPassword", app.recent.nameOf(team));
                last = Optional.empty();
            } else {
                password = known.get();
            }
        }
        app.fallsBack = last.isPresent();
        app.session = app.opening(last.orElse(defaultFolder), password, false);
        return app;
    }

    private WorkspaceSession opening(WorkspaceLocation location, char[] password, boolean readOnly) {
        return new WorkspaceSession(location, recent.nameOf(location),
                WorkspaceDatabase.openInBackground(location, password, readOnly, opener), opener, detection, dialogs);
    }

    /**
     * This app's workspace closed, and opened again for reading only: the admin's answer when the data folder may not be
     * written ({@link org.mailroom.store.WorkspaceReadOnlyException}). Slow work: not on the FX thread.
     */
    public Mailroom reopenReadOnly() {
        WorkspaceSession refused = session;
        refused.close();
        session = opening(refused.location(), new char[0], true);
        return this;
    }

    /**
     * Builds the main window while the workspace opens, and shows it with the workspace in it. Completes (on the FX
     * thread) once the window is up, or with the reason the workspace can't open.
     */
    public CompletableFuture<Stage> showMainWindow(Stage stage) {
        return showMainWindow(stage, () -> { });
    }

    /** As {@link #showMainWindow(Stage)}; {@code painted} runs on the FX thread once the window's first frame is painted. */
    public CompletableFuture<Stage> showMainWindow(Stage stage, Runnable painted) {
        whenPainted = painted;
        this.stage = stage;
        WorkspaceSession first = session;
        buildWindow(first);
        return first.firstSnapshot().thenApplyAsync(snapshot -> showIn(first, snapshot), Platform::runLater)
                .exceptionallyCompose(failure -> fallBack(first, failure));
    }

    private void buildWindow(WorkspaceSession shown) {
        Wiring wiring = shown.wiring();
        new MainWindow(wiring.mailboxes(), wiring.tests(), wiring.check(), wiring.menu(), workspaces, dialogs, wiring::showCheck,
                windowState).build(stage, shown.name(), this::about);
    }

    private Stage showIn(WorkspaceSession shown, WorkspaceReader.Snapshot snapshot) {
        stage.setTitle(Text.get("app.windowTitle", shown.title()));
        shown.wiring().mailboxes().show(snapshot);
        stage.show();
        // Painted, not just drawn: on two cores the check and the icons would take turns with the renderer.
        FirstFrame.whenPainted(stage.getScene(), () -> {
            Runnable painted = whenPainted;
            whenPainted = () -> { };
            try {
                painted.run();
            } finally {
                shown.afterFirstFrame();
            }
            Icons.applyWhenLoaded(stage);
            opener.execute(() -> {
                recent.opened(shown.location());
                Platform.runLater(workspaces::refreshRecent);
            });
            String notice = startNotice;
            startNotice = null;
            if (notice != null) {
                Platform.runLater(() -> dialogs.showInfo(Text.get("workspaces.last.title"), notice));
            }
        });
        return stage;
    }

    /** The last workspace refused to open: the default one opens in its place, and the window says why. */
    private CompletableFuture<Stage> fallBack(WorkspaceSession refused, Throwable failure) {
        if (!fallsBack) {
            return CompletableFuture.failedFuture(failure);
        }
        fallsBack = false;
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        startNotice = Text.get("workspaces.last.refused", refused.name(), cause.getMessage());
        return CompletableFuture.supplyAsync(() -> {
            refused.close();
            session = opening(new WorkspaceLocation.Folder(paths.dataFolder()), new char[0], false);
            return session;
        }, opener).thenComposeAsync(opened -> showMainWindow(stage, whenPainted), Platform::runLater);
    }

    @Override
    public String currentReference() {
        return session.location().reference();
    }

    @Override
    public Opened open(String reference, char[] password, boolean create) {
        WorkspaceLocation location = WorkspaceLocation.parse(reference);
        char[] signIn = new char[0];
        if (location instanceof WorkspaceLocation.Folder folder && !create && !folder.holdsWorkspace()) {
            throw new StoreException(Text.get("workspaces.open.notOne", folder.reference()));
        }
        if (location instanceof WorkspaceLocation.TeamServer team) {
            if (team.caFile() != null && !Files.isReadable(team.caFile())) {
                throw new StoreException(Text.get("team.connect.caUnreadable", team.caFile()));
            }
            signIn = password != null ? password : teamPasswords.find(team)
                    .orElseThrow(() -> new StoreException(Text.get("workspaces.needsPassword", recent.nameOf(team))));
        }
        WorkspaceSession next = new WorkspaceSession(location, recent.nameOf(location), WorkspaceDatabase.open(location, signIn),
                opener, detection, dialogs);
        try {
            next.firstSnapshot().join();
        } catch (CompletionException e) {
            next.close();
            throw e.getCause() instanceof RuntimeException known ? known : e;
        }
        return new Opened() {
            @Override
            public void show() {
                switchTo(next);
            }

            @Override
            public void discard() {
                next.close();
            }
        };
    }

    /** The current workspace closes (queued writes first) while the window waits, then the other one takes the window. */
    private void switchTo(WorkspaceSession next) {
        WorkspaceSession previous = session;
        MainWindow.remember(stage);
        stage.getScene().getRoot().setDisable(true);
        session = next;
        CompletableFuture.runAsync(previous::close, opener).thenRunAsync(() -> {
            buildWindow(next);
            showIn(next, next.firstSnapshot().join());
        }, Platform::runLater);
    }

    /**
     * What a switch would end. The forms and managers are modal over the window, so none is open while its menu can be
     * used (the team dialog that asks is the only window then); what can still be going on is a connection test.
     */
    @Override
    public List<String> unfinished() {
        return session.unfinished();
    }

    private void about() {
        WorkspaceSession shown = session;
        dialogs.showAbout(Text.get("about.text", Launcher.version(), shown.name(), paths.logFolder(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version"), shown.location().reference()),
                paths.logFolder());
    }

    /** Lets the About window open the log folder in the desktop's file manager. */
    public void useHostServices(HostServices services) {
        dialogs.setFolderOpener(folder -> services.showDocument(folder.toUri().toString()));
    }

    /** The wiring of the current workspace's screens (tests reach the view models through it). */
    public Wiring wiring() {
        return session.wiring();
    }

    /** Workspace ▸ New…, Open…, Open recent and Connect… (tests drive them through it). */
    public WorkspacesViewModel workspaces() {
        return workspaces;
    }

    /**
     * Closes the app's workspace once every window is gone: the window state is written, then the workspace closes
     * ({@link WorkspaceSession#close()}: queued writes first).
     */
    @Override
    public void close() {
        windowState.save();
        session.close();
        switchWork.close();
        teamKeyring.close();
    }
}
