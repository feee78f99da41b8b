package org.mailroom.ui.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.service.RecentWorkspaces;
import org.mailroom.service.WorkspacePlaces;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;

/**
 * Workspace ▸ New…, Open…, Open recent and Connect to a team workspace…: which workspace the window shows. A switch
 * opens the other workspace in the background first; only once it is open and read does the current one close (its
 * queued writes first) and the window show the other. A refusal is a sentence, and the current workspace stays.
 * Lives as long as the app, across switches.
 */
public final class WorkspacesViewModel {

    /** Switches the window to another workspace; the handle cancels it. */
    @FunctionalInterface
    public interface Switcher {
        /**
         * @param shown   runs once the other workspace is in the window
         * @param refused gets the sentence when it could not be opened (the current one stays)
         */
        Background.Run switchTo(String reference, char[] password, boolean create, Runnable shown, Consumer<String> refused);
    }

    private final WorkspacePlaces places;
    private final WorkspaceSwitching switching;
    private final Background background;
    private final DialogService dialogs;
    private final Consumer<TeamConnectViewModel> connectWindow;
    private final ObservableList<RecentWorkspaces.Entry> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper switchingNow = new ReadOnlyBooleanWrapper(false);

    /**
     * @param background    app-wide background work (not a workspace's: it outlives each one)
     * @param connectWindow shows the team dialog and returns once it is closed
     */
    public WorkspacesViewModel(WorkspacePlaces places, WorkspaceSwitching switching, Background background, DialogService dialogs,
                               Consumer<TeamConnectViewModel> connectWindow) {
        this.places = places;
        this.switching = switching;
        this.background = background;
        this.dialogs = dialogs;
        this.connectWindow = connectWindow;
    }

    /** Reads the recent list again, looking whether each folder still holds its workspace (when the menu opens). */
    public void refreshRecent() {
        background.run(places::recent, recent::setAll, failed -> { });
    }

    /** Workspace ▸ New…: an empty folder (or a new one) gets a new workspace, which the window then shows. */
    public void newWorkspace() {
        Optional<Path> folder = dialogs.chooseFolder(Text.get("workspaces.new.choose"));
        folder.ifPresent(chosen -> background.run(() -> places.refuseAsNew(chosen), refusal -> refusal.ifPresentOrElse(
                sentence -> refuse("workspaces.new.title", sentence),
                () -> switchAsked(chosen.toAbsolutePath().normalize().toString(), true)), failed -> refuse("workspaces.new.title", failed)));
    }

    /** Workspace ▸ Open…: a folder holding a workspace. */
    public void open() {
        Optional<Path> folder = dialogs.chooseFolder(Text.get("workspaces.open.choose"));
        folder.ifPresent(chosen -> background.run(() -> places.refuseToOpen(chosen), refusal -> refusal.ifPresentOrElse(
                sentence -> refuse("workspaces.open.title", sentence),
                () -> switchAsked(chosen.toAbsolutePath().normalize().toString(), false)), failed -> refuse("workspaces.open.title", failed)));
    }

    /** Workspace ▸ Open recent ▸ one: a missing one says so and may be taken off the list; a team one may ask its password. */
    public void openRecent(RecentWorkspaces.Entry entry) {
        if (entry.missing()) {
            String remove = Text.get("workspaces.recent.remove");
            dialogs.choose(Text.get("workspaces.open.title"), Text.get("workspaces.recent.missing", entry.name(), entry.reference()),
                    List.of(remove), answer -> answer).ifPresent(answer -> forget(entry));
            return;
        }
        if (entry.team()) {
            background.run(() -> places.needsPassword(entry.reference()), needs -> {
                if (needs) {
                    connect(entry.reference());
                } else {
                    switchAsked(entry.reference(), false);
                }
            }, failed -> refuse("workspaces.open.title", failed));
            return;
        }
        switchAsked(entry.reference(), false);
    }

    /** Takes an entry off the recent list. */
    public void forget(RecentWorkspaces.Entry entry) {
        background.run(() -> {
            places.forget(entry.reference());
            return places.recent();
        }, recent::setAll, failed -> { });
    }

    /** Workspace ▸ Connect to a team workspace…, filled in from the team workspace opened last. */
    public void connect() {
        connect(null);
    }

    private void connect(String reference) {
        TeamConnectViewModel dialog = new TeamConnectViewModel(places, this::switchTo, background, dialogs);
        dialog.load(reference);
        connectWindow.accept(dialog);
    }

    private void switchAsked(String reference, boolean create) {
        switchTo(reference, null, create, () -> { }, sentence -> refuse("workspaces.open.title", sentence));
    }

    /**
     * Asks first when a switch would end something (a running test, an open window), then opens the other workspace in
     * the background and shows it. The same workspace again changes nothing.
     */
    Background.Run switchTo(String reference, char[] password, boolean create, Runnable shown, Consumer<String> refused) {
        if (reference.equals(switching.currentReference())) {
            shown.run();
            return CANCELLED_NOTHING;
        }
        List<String> unfinished = switching.unfinished();
        if (!unfinished.isEmpty() && !dialogs.confirm(Text.get("workspaces.switch.title"),
                Text.get("workspaces.switch.unfinished", String.join("\n", unfinished)), Text.get("workspaces.switch.confirm"))) {
            refused.accept(Text.get("workspaces.switch.kept"));
            return CANCELLED_NOTHING;
        }
        progress.set(Text.get("workspaces.opening", places.nameOf(reference)));
        switchingNow.set(true);
        Cancellable run = new Cancellable();
        run.work = background.run(() -> {
            WorkspaceSwitching.Opened opened = switching.open(reference, password, create);
            if (run.cancelled) {
                opened.discard();
            }
            return opened;
        }, opened -> {
            done();
            if (run.cancelled) {
                background.run(() -> {
                    opened.discard();
                    return true;
                }, closed -> { }, failed -> { });
                return;
            }
            opened.show();
            shown.run();
            refreshRecent();
        }, failure -> {
            done();
            if (!run.cancelled) {
                refused.accept(failure.getMessage());
            }
        });
        return run;
    }

    private void done() {
        progress.set("");
        switchingNow.set(false);
    }

    private void refuse(String titleKey, String sentence) {
        dialogs.showError(Text.get(titleKey), sentence + " " + Text.get("workspaces.stays"));
    }

    private void refuse(String titleKey, Throwable failure) {
        refuse(titleKey, failure.getMessage());
    }

    /** A run whose cancel is remembered, so a workspace that opens after Cancel is closed unseen. */
    private final class Cancellable implements Background.Run {
        private volatile boolean cancelled;
        private Background.Run work;

        @Override
        public void cancel() {
            cancelled = true;
            if (work != null) {
                work.cancel();
            }
            done();
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    private static final Background.Run CANCELLED_NOTHING = new Background.Run() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** The recent workspaces, most recent first, as the Open recent submenu lists them. */
    public ObservableList<RecentWorkspaces.Entry> recent() {
        return recent;
    }

    /** "Opening contoso…" while a switch runs; empty otherwise. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty switchingProperty() {
        return switchingNow.getReadOnlyProperty();
    }
}
