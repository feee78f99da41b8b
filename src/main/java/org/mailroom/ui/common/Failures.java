package org.mailroom.ui.common;

import org.mailroom.domain.RuleViolationException;
import org.mailroom.store.StoreException;
import org.mailroom.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into words for the admin; what the admin can't act on is logged with its trace. */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof RuleViolationException || failure instanceof StoreException) {
            LOG.info("Refused: {}", failure.getMessage());
            return failure.getMessage();
        }
        LOG.error("Unexpected failure", failure);
        return Text.get("error.unexpected", String.valueOf(failure.getMessage()));
    }
}
