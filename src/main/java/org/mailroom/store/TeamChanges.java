package org.mailroom.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a team workspace for one Mailroom: a connection of its own LISTENs to what the other Mailrooms commit
 * (the migrations' trigger announces every change on {@code mailroom_changes}) and tells the listener within a
 * moment. When the server goes away it says so once, tries again every second, and says when it is back (changes
 * may have been missed meanwhile, so the listener reads the workspace again).
 */
public final class TeamChanges implements AutoCloseable {

    /** What a screen hears; called on this follower's own thread. */
    public interface Listener {

        /** Another Mailroom (or this one) committed a change to these tables: read them again. */
        void changed(Set<String> tables);

        /** The connection to the server is lost; it is being retried. */
        void serverAway();

        /** Connected again after {@link #serverAway()}: read the workspace again. */
        void serverBack();
    }

    static final String CHANNEL = "mailroom_changes";
    private static final Logger LOG = LoggerFactory.getLogger(TeamChanges.class);
    /** How long one wait for announcements lasts; also how soon a close is noticed. */
    private static final int WAIT_MILLIS = 250;
    private static final long RETRY_MILLIS = 1000;

    private final TeamServerOpener.Team team;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closed;

    private TeamChanges(TeamServerOpener.Team team, Listener listener) {
        this.team = team;
        this.listener = listener;
        this.thread = new Thread(this::follow, "mailroom-team-changes");
        thread.setDaemon(true);
    }

    static TeamChanges start(TeamServerOpener.Team team, Listener listener) {
        TeamChanges changes = new TeamChanges(team, listener);
        changes.thread.start();
        return changes;
    }

    private void follow() {
        boolean away = false;
        while (!closed) {
            try (Connection connection = team.dataSource().getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                if (away) {
                    away = false;
                    LOG.info("The team server {} is back", team.server().reference());
                    listener.serverBack();
                }
                listen(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                if (!away) {
                    away = true;
                    LOG.warn("Lost the team server {}; trying again", team.server().reference(), e);
                    listener.serverAway();
                }
                pause();
            }
        }
    }

    /** Waits for announcements until the connection fails or this follower is closed; several at once are one change (of their tables). */
    private void listen(PGConnection connection) throws SQLException {
        while (!closed) {
            PGNotification[] announced = connection.getNotifications(WAIT_MILLIS);
            if (announced != null && announced.length > 0 && !closed) {
                listener.changed(Arrays.stream(announced).map(PGNotification::getParameter).collect(Collectors.toUnmodifiableSet()));
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops following: the connection is closed and the thread ends. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2 * WAIT_MILLIS + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
