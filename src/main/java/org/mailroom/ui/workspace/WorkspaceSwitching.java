package org.mailroom.ui.workspace;

import java.util.List;

/**
 * What the app does to change the workspace in its window (the app's shell implements it): open another one off the FX
 * thread, then show it in place of the current one.
 */
public interface WorkspaceSwitching {

    /** A workspace opened and read, not shown yet. */
    interface Opened {
        /** On the FX thread: the current workspace closes (its queued writes first) and this one takes the window. */
        void show();

        /** Closes it unseen: the admin cancelled meanwhile. */
        void discard();
    }

    /** The reference of the workspace the window shows now. */
    String currentReference();

    /**
     * Opens the workspace at {@code reference} and reads what the window shows; slow, not on the FX thread. The current
     * workspace is untouched until {@link Opened#show()}.
     *
     * @param password a team workspace's password; null: the one typed this session or remembered
     * @param create   a folder may get a new, empty workspace (Workspace ▸ New…); else it must hold one
     * @throws RuntimeException with a sentence for the admin when it can't be opened
     */
    Opened open(String reference, char[] password, boolean create);

    /** What a switch would end, one line each (a connection test running, a window open); empty when nothing. */
    List<String> unfinished();
}
