package org.mailroom.secrets;

import org.mailroom.text.Text;

/** A sealed secret did not open: wrong key or passphrase, or its bytes were changed. Carries no secret. */
public class SecretUnreadableException extends RuntimeException {

    public SecretUnreadableException() {
        super(Text.get("secrets.unreadable"));
    }
}
