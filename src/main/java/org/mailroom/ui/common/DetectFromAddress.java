package org.mailroom.ui.common;

import java.util.function.Consumer;
import org.mailroom.detect.EmailAddress;
import org.mailroom.domain.RuleViolationException;

/** "Detect from address" as a screen offers it, so the mailbox form and the servers manager need no detector. */
@FunctionalInterface
public interface DetectFromAddress {

    /**
     * Opens the Detect servers window.
     *
     * @param address  prefilled in the window; may be empty
     * @param onChosen gets the stored entry for the server the admin chose and its sign-in (not called when they
     *                 cancel)
     */
    void open(DetectScope scope, String address, Consumer<DetectedServer> onChosen);

    /** The first text that is an email address, stripped; empty when none is, so the window starts blank. */
    static String addressAmong(String... texts) {
        for (String text : texts) {
            try {
                EmailAddress.parse(text);
                return text.strip();
            } catch (RuleViolationException notAnAddress) {
                // a login such as "orders" is no address: try the next text
            }
        }
        return "";
    }
}
