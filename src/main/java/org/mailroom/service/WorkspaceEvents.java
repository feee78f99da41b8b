package org.mailroom.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.mailroom.domain.Mailbox;

/**
 * What the services tell the screens after a use case has committed: the table and the details follow
 * these rather than each form calling back into its parent. Delivered on the thread that made the change.
 */
public final class WorkspaceEvents {

    /** One committed change. */
    public sealed interface Change {
    }

    /** A mailbox was added or its fields changed. */
    public record MailboxSaved(Mailbox mailbox) implements Change {
    }

    public record MailboxDeleted(long mailboxId) implements Change {
    }

    /** Anything else that changes what the table shows (assignments, servers, imports, tests...): read again. */
    public record WorkspaceChanged() implements Change {
    }

    /**
     * Another admin recorded history (a change, a display name, a handover): the History window and the handover
     * review read again. Their item changes come as {@link WorkspaceChanged} too.
     */
    public record HistoryChanged() implements Change {
    }

    /** The team server can't be reached: changes are refused until it is back (Mailroom keeps trying). */
    public record TeamServerAway() implements Change {
    }

    /** The team server is back: read everything again, others may have changed things meanwhile. */
    public record TeamServerBack() implements Change {
    }

    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    /** Stops a listener hearing of changes: a window that follows them while open closes it as it closes. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    public Subscription subscribe(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(Change change) {
        listeners.forEach(listener -> listener.accept(change));
    }

    void changed() {
        publish(new WorkspaceChanged());
    }
}
