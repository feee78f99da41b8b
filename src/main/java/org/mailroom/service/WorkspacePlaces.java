package org.mailroom.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mailroom.secrets.TeamPasswords;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.text.Text;

/**
 * Where workspaces are, as the Workspace menu and the team dialog need it: the recent list, whether a chosen folder
 * can hold a new workspace or holds one, the team reference the dialog's fields make, and the team passwords kept
 * this session or on this computer. Everything here may touch files or the credential store: not on the FX thread.
 */
public final class WorkspacePlaces {

    /** The team dialog's fields, as read from a reference (to fill the dialog in again). */
    public record TeamFields(String host, int port, String database, String user, Path caFile) {
    }

    private final RecentWorkspaces recent;
    private final TeamPasswords passwords;

    public WorkspacePlaces(RecentWorkspaces recent, TeamPasswords passwords) {
        this.recent = recent;
        this.passwords = passwords;
    }

    public List<RecentWorkspaces.Entry> recent() {
        return recent.entries();
    }

    /** What the window calls the workspace at {@code reference}: its folder's name, {@code database@host}, or "Default workspace". */
    public String nameOf(String reference) {
        try {
            return recent.nameOf(WorkspaceLocation.parse(reference));
        } catch (IllegalArgumentException e) {
            return reference;
        }
    }

    public void forget(String reference) {
        recent.remove(reference);
    }

    /** Why {@code folder} can't take a new workspace, or empty: it must be new or empty, one folder per contact center. */
    public Optional<String> refuseAsNew(Path folder) {
        WorkspaceLocation.Folder location = new WorkspaceLocation.Folder(folder);
        if (location.holdsWorkspace()) {
            return Optional.of(Text.get("workspaces.new.holdsOne", location.reference()));
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of(Text.get("workspaces.new.notAFolder", location.reference()));
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> inside = Files.list(folder)) {
                if (inside.findAny().isPresent()) {
                    return Optional.of(Text.get("workspaces.new.notEmpty", location.reference()));
                }
            } catch (IOException e) {
                return Optional.of(Text.get("workspaces.folderUnreadable", location.reference()));
            }
        }
        return Optional.empty();
    }

    /** Why {@code folder} can't be opened as a workspace, or empty when it holds one (its file is then tried). */
    public Optional<String> refuseToOpen(Path folder) {
        WorkspaceLocation.Folder location = new WorkspaceLocation.Folder(folder);
        if (!Files.isDirectory(folder)) {
            return Optional.of(Text.get("workspaces.open.gone", location.reference()));
        }
        return location.holdsWorkspace() ? Optional.empty() : Optional.of(Text.get("workspaces.open.notOne", location.reference()));
    }

    /**
     * The reference of a team workspace, as {@code --workspace} and the recent list write it.
     *
     * @throws IllegalArgumentException with a sentence, when a field can't make one
     */
    public String teamReference(String host, int port, String database, String user, Path caFile) {
        WorkspaceLocation.TeamServer server = new WorkspaceLocation.TeamServer(host, port, database, user, caFile);
        try {
            // read back as the recent list and --workspace will: what does not survive that can't be kept
            if (WorkspaceLocation.parse(server.reference()).equals(server)) {
                return server.reference();
            }
        } catch (IllegalArgumentException e) {
            // the same sentence below
        }
        throw new IllegalArgumentException(Text.get("team.connect.unwritable"));
    }

    /** The fields of a team reference, or of the team workspace opened last when {@code reference} is null. */
    public Optional<TeamFields> teamFields(String reference) {
        Optional<WorkspaceLocation> location = reference == null
                ? recent.locations().stream().filter(WorkspaceLocation.TeamServer.class::isInstance).findFirst()
                : Optional.of(WorkspaceLocation.parse(reference));
        return location.filter(WorkspaceLocation.TeamServer.class::isInstance).map(WorkspaceLocation.TeamServer.class::cast)
                .map(team -> new TeamFields(team.host(), team.port(), team.database(), team.user(), team.caFile()));
    }

    /** Whether the workspace is a team one whose password is neither typed this session nor remembered. */
    public boolean needsPassword(String reference) {
        return WorkspaceLocation.parse(reference) instanceof WorkspaceLocation.TeamServer team && passwords.find(team).isEmpty();
    }

    public boolean canRememberPasswords() {
        return passwords.canRemember();
    }

    public boolean isPasswordRemembered(String reference) {
        return WorkspaceLocation.parse(reference) instanceof WorkspaceLocation.TeamServer team && passwords.isRemembered(team);
    }

    /** Keeps the password a team server took: this session, and on this computer when {@code remember}. */
    public void keepPassword(String reference, char[] password, boolean remember) {
        if (WorkspaceLocation.parse(reference) instanceof WorkspaceLocation.TeamServer team) {
            passwords.keep(team, password, remember);
        }
    }
}
