package org.mailroom.io;

import java.util.Set;

/**
 * An imported item whose name (ignoring case) is already used in the workspace. The UI asks the admin
 * what to do with it: one of {@link #allowed()}.
 *
 * @param name for a From address: "folder / attribute / address"
 */
public record ImportConflict(Kind kind, String name, Set<Resolution> allowed) {

    public enum Kind {
        MAILBOX, APPLICATION, REGISTRATION, FROM_ADDRESS
    }

    /** Skip keeps the workspace's item; replace overwrites it with the file's; rename imports under a free name. */
    public enum Resolution {
        SKIP, REPLACE, RENAME
    }

    public ImportConflict {
        allowed = Set.copyOf(allowed);
    }
}
