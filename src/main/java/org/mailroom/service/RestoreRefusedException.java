package org.mailroom.service;

import org.mailroom.domain.AdminMessage;
import org.mailroom.text.Text;

/** A version the workspace can't take back as it is now, in words ("the mail server … no longer exists"). */
public final class RestoreRefusedException extends RuntimeException implements AdminMessage {

    RestoreRefusedException(String key, Object... arguments) {
        super(Text.get(key, arguments));
    }
}
