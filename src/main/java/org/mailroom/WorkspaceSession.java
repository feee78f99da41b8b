package org.mailroom;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mailroom.detect.DetectionSettings;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.service.TeamFollower;
import org.mailroom.service.WorkspaceReader;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.text.Text;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.FxBackground;
import org.mailroom.ui.main.Screens;

/**
 * One open workspace and everything wired on it: its database, the threads its work runs on, the screens' view models
 * ({@link Wiring}), and the first snapshot the window shows. The app keeps one at a time; switching workspace closes
 * this one (queued writes first) and builds the next.
 */
final class WorkspaceSession implements AutoCloseable {

    private final WorkspaceLocation location;
    private final String name;
    private final WorkspaceDatabase database;
    private final FxBackground workspace = new FxBackground("mailroom-workspace", 1);
    private final FxBackground mailWork = new FxBackground("mailroom-mail", 4);
    /** Calls that wait on the OS credential store: never on the workspace's thread. */
    private final FxBackground keyringWork = new FxBackground("mailroom-keyring", 1);
    private final OsKeyring keyring;
    /** msal4j's token requests; the wizard cancels them through their futures. */
    private final ExecutorService tokenWork = Executors.newCachedThreadPool(FxBackground.daemonThreads("mailroom-oauth"));
    private final Wiring wiring;
    private final CompletableFuture<WorkspaceReader.Snapshot> firstSnapshot;
    private final Executor opener;
    private volatile TeamFollower follower;

    /**
     * @param database opening (or open); the first snapshot is read on {@code opener} once it is
     * @param name     what the title and About call it
     */
    WorkspaceSession(WorkspaceLocation location, String name, WorkspaceDatabase database, Executor opener, DetectionSettings detection,
                     DialogService dialogs) {
        this.location = location;
        this.name = name;
        this.database = database;
        this.opener = opener;
        this.keyring = OsKeyring.system();
        this.wiring = new Wiring(database, new Wiring.Parts(workspace, mailWork, tokenWork, dialogs, Screens.windows(),
                Clock.systemDefaultZone(), detection, IdentityProviderSettings.defaults(), keyring, keyringWork));
        wiring.check().pause();
        wiring.check().refresh(); // wanted once the first frame is drawn
        this.firstSnapshot = database.opened().thenApplyAsync(open -> wiring.mailboxes().readWorkspace(), opener);
    }

    WorkspaceLocation location() {
        return location;
    }

    /** The workspace's name, with "(read-only)" when it was opened so. Once open. */
    String title() {
        return database.isReadOnly() ? Text.get("app.readOnly.title", name) : name;
    }

    String name() {
        return name;
    }

    Wiring wiring() {
        return wiring;
    }

    CompletableFuture<WorkspaceReader.Snapshot> firstSnapshot() {
        return firstSnapshot;
    }

    /** Once the first frame is painted: the check runs, saved passwords are looked at, a team workspace is followed. */
    void afterFirstFrame() {
        wiring.check().resume();
        wiring.menu().passwords().start();
        if (database.isTeam()) {
            opener.execute(() -> follower = TeamFollower.start(database, wiring.events()));
        }
    }

    /** What closing this workspace now would end, one line each: a connection test still running. */
    List<String> unfinished() {
        List<String> unfinished = new ArrayList<>();
        if (wiring.tests().runningProperty().get()) {
            unfinished.add(Text.get("workspaces.unfinished.tests"));
        }
        return unfinished;
    }

    /**
     * Closes the workspace: queued workspace writes finish (bounded wait), mail, token and keyring work is stopped and
     * the connection to the OS credential store closed (its D-Bus thread would keep the process alive), then the
     * database closes.
     */
    @Override
    public void close() {
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
