package org.mailroom.secrets;

import org.mailroom.domain.AdminMessage;
import org.mailroom.text.Text;

/** The vault cannot do what was asked in its current state; the message says what to do instead. */
public class VaultException extends RuntimeException implements AdminMessage {

    public VaultException(String messageKey) {
        super(Text.get(messageKey));
    }
}
