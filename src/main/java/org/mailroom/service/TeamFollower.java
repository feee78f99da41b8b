package org.mailroom.service;

import org.mailroom.store.TeamChanges;
import org.mailroom.store.WorkspaceDatabase;

/**
 * On a team workspace, what the other admins commit reaches the screens as a {@link WorkspaceEvents} change (the
 * table and details read again), and the server going away and coming back as {@link WorkspaceEvents.TeamServerAway}
 * and {@link WorkspaceEvents.TeamServerBack}. A folder's workspace is this Mailroom's alone: nothing to follow.
 */
public final class TeamFollower implements AutoCloseable {

    private final AutoCloseable following;

    private TeamFollower(AutoCloseable following) {
        this.following = following;
    }

    /** Starts following; slow (it connects): not on the FX thread. */
    public static TeamFollower start(WorkspaceDatabase database, WorkspaceEvents events) {
        return new TeamFollower(database.followChanges(new TeamChanges.Listener() {
            @Override
            public void changed() {
                events.changed();
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
