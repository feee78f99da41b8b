package org.mailroom.store;

import org.mailroom.domain.AdminMessage;

/** A workspace operation failed; the message is written for the admin, the cause for the log. */
public class StoreException extends RuntimeException implements AdminMessage {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
