package org.mailroom.service;

import java.util.Set;
import org.mailroom.store.TeamChanges;
import org.mailroom.store.WorkspaceDatabase;

/**
 * On a team workspace, what the other admins commit reaches the screens as a {@link WorkspaceEvents} change: the
 * table and details read again for the items, the History window for the history ({@link WorkspaceEvents.HistoryChanged}), and the server going away and coming back as {@link WorkspaceEvents.TeamServerAway}
 * and {@link WorkspaceEvents.TeamServerBack}. A folder's workspace is this Mailroom's alone: nothing to follow.
 */
public final class TeamFollower implements AutoCloseable {

    /** The tables of the history and the handovers; a change of any other one changes what the main window shows. */
    private static final Set<String> HISTORY_TABLES = Set.of("change_history", "workspace_admin", "handover");

    private final AutoCloseable following;

    private TeamFollower(AutoCloseable following) {
        this.following = following;
    }

    /** Starts following; slow (it connects): not on the FX thread. */
    public static TeamFollower start(WorkspaceDatabase database, WorkspaceEvents events) {
        return new TeamFollower(database.followChanges(new TeamChanges.Listener() {
            @Override
            public void changed(Set<String> tables) {
                if (tables.stream().anyMatch(table -> !HISTORY_TABLES.contains(table))) {
                    events.changed();
                }
                if (tables.stream().anyMatch(HISTORY_TABLES::contains)) {
                    events.publish(new WorkspaceEvents.HistoryChanged());
                }
            }

            @Override
            public void serverAway() {
                events.publish(new WorkspaceEvents.TeamServerAway());
            }

            @Override
            public void serverBack() {
                events.publish(new WorkspaceEvents.TeamServerBack());
            }
        }));
    }

    @Override
    public void close() {
        try {
            following.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
