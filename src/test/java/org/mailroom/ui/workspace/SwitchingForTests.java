package org.mailroom.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mailroom.AppPaths;
import org.mailroom.Mailroom;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.TeamPasswords;
import org.mailroom.service.RecentWorkspaces;
import org.mailroom.service.WorkspacePlaces;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.ScriptedDialogs;

/**
 * The app's own opening of a workspace ({@link Mailroom#open(String, char[], boolean)}: real files, a real server), with
 * "show" recorded instead of a window taking it: what the Workspace menu's view models need, without a toolkit.
 */
final class SwitchingForTests implements WorkspaceSwitching, AutoCloseable {

    final Path dataFolder;
    final Mailroom app;
    final RecentWorkspaces recent;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final List<String> shown = new ArrayList<>();
    final List<String> unfinished = new ArrayList<>();
    final WorkspacePlaces places;
    String current;
    private final List<Opened> open = new ArrayList<>();

    SwitchingForTests(Path dataFolder, OsKeyring keyring) {
        this.dataFolder = dataFolder;
        this.app = Mailroom.open(new AppPaths(dataFolder));
        this.recent = new RecentWorkspaces(dataFolder);
        this.places = new WorkspacePlaces(recent, new TeamPasswords(keyring));
        this.current = new WorkspaceLocation.Folder(dataFolder).reference();
    }

    WorkspacesViewModel menu(java.util.function.Consumer<TeamConnectViewModel> connectWindow) {
        return new WorkspacesViewModel(places, this, new DirectBackground(), dialogs, connectWindow);
    }

    @Override
    public String currentReference() {
        return current;
    }

    @Override
    public Opened open(String reference, char[] password, boolean create) {
        Opened real = app.open(reference, password, create);
        open.add(real);
        return new Opened() {
            @Override
            public void show() {
                current = reference;
                shown.add(reference);
                recent.opened(WorkspaceLocation.parse(reference));
            }

            @Override
            public void discard() {
                real.discard();
            }
        };
    }

    @Override
    public List<String> unfinished() {
        return unfinished;
    }

    @Override
    public void close() {
        open.forEach(Opened::discard);
        app.close();
    }
}
