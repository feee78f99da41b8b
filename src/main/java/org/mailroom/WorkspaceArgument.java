package org.mailroom;

import java.util.Map;
import org.mailroom.store.StoreException;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.text.Text;

/**
 * {@code --workspace LOCATION} of the commands and the window: a folder, or a team workspace
 * ({@code postgresql://USER@HOST:PORT/DATABASE}) whose password comes from the environment variable
 * {@value #PASSWORD_VARIABLE}, never from the command line. Without it, the workspace opened last.
 */
public final class WorkspaceArgument {

    public static final String OPTION = "--workspace";
    public static final String PASSWORD_VARIABLE = "MAILROOM_TEAM_PASSWORD";

    private WorkspaceArgument() {
    }

    /**
     * The app on the workspace the window's arguments name ({@code --workspace LOCATION}), or the data folder's.
     * A location that can't be read, or a team one without its password, opens as the workspace failing to open,
     * which the window reports in words.
     */
    static Mailroom openWindow(AppPaths paths, String[] args, Map<String, String> env) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(OPTION)) {
                WorkspaceLocation location = WorkspaceLocation.parse(args[i + 1]);
                String password = env.getOrDefault(PASSWORD_VARIABLE, "");
                return Mailroom.open(paths, location, password.toCharArray());
            }
        }
        return Mailroom.openLast(paths, env);
    }

    /** The location {@code value} names, or the data folder's workspace when it is null. */
    static WorkspaceLocation location(String value, AppPaths paths) {
        return value == null ? new WorkspaceLocation.Folder(paths.dataFolder()) : WorkspaceLocation.parse(value);
    }

    /**
     * Opens the workspace at {@code location}; a team workspace with the password in the environment.
     *
     * @throws StoreException in words, when it can't be opened or the password is missing
     */
    static WorkspaceDatabase open(WorkspaceLocation location, Map<String, String> env) {
        if (location instanceof WorkspaceLocation.TeamServer server) {
            String password = env.get(PASSWORD_VARIABLE);
            if (password == null || password.isEmpty()) {
                throw new StoreException(Text.get("team.cli.noPassword", server.reference(), PASSWORD_VARIABLE));
            }
            return WorkspaceDatabase.open(server, password.toCharArray());
        }
        return WorkspaceDatabase.open(location, new char[0]);
    }
}
