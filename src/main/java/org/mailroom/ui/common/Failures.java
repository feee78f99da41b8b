package org.mailroom.ui.common;

import org.mailroom.domain.AdminMessage;
import org.mailroom.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into words for the admin; what the admin can't act on is logged with its trace. */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof AdminMessage refusal) {
            LOG.info("Refused: {}", refusal.getMessage());
            return refusal.getMessage();
        }
        // A library's or the JDK's own message is not for the admin: it goes to the log with the trace.
        LOG.error("Unexpected failure", failure);
        return Text.get("error.unexpected");
    }
}
