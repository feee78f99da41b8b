package org.mailroom.store;

/** A workspace operation failed; the message is written for the admin, the cause for the log. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
