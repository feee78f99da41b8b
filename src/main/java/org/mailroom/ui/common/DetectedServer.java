package org.mailroom.ui.common;

import org.mailroom.detect.SignIn;
import org.mailroom.domain.MailServer;

/**
 * The server the admin chose in the Detect servers window, stored as an entry, and what its source said about
 * signing in (the login for the address, the methods, the first steps), so the screen can fill and show them.
 */
public record DetectedServer(MailServer entry, SignIn signIn) {
}
