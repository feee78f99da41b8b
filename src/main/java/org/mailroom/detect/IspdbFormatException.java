package org.mailroom.detect;

/** A clientConfig file that cannot be used; the message names the file and says why and what to do, for the admin. */
public class IspdbFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public IspdbFormatException(String message) {
        super(message);
    }
}
