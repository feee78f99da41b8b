package org.mailroom.secrets;

import org.mailroom.domain.AdminMessage;
import org.mailroom.text.Text;

/**
 * The OS credential store did not do what was asked. The message is a sentence for the admin with the way
 * out; what the store or its library said is kept as the cause, for the log only.
 */
public class KeyringException extends RuntimeException implements AdminMessage {

    /** What went wrong, as far as the admin can act on it. */
    public enum Problem {
        /** No store answers: none installed, not running, no D-Bus session, or it broke off. */
        UNREACHABLE("secrets.keyring.unreachable"),
        /** The store answered but has no key for this workspace: locked (no unlock prompt possible or it was dismissed), or removed. */
        NO_KEY("secrets.keyring.noKey"),
        /** The store would not keep the key (locked, or read back something else). */
        REFUSED("secrets.keyring.refused"),
        /** No answer within the bound: an unlock prompt nobody answered, or a store that hangs. */
        TIMED_OUT("secrets.keyring.timedOut"),
        /** The admin stopped waiting. */
        CANCELLED("secrets.keyring.cancelled");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Problem problem;

    public KeyringException(Problem problem, Throwable cause) {
        super(Text.get(problem.messageKey), cause);
        this.problem = problem;
    }

    public KeyringException(Problem problem) {
        this(problem, null);
    }

    public Problem problem() {
        return problem;
    }
}
