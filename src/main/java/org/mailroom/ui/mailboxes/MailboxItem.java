package org.mailroom.ui.mailboxes;

import java.util.Locale;
import org.mailroom.domain.Applications;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxState;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.text.Text;

/**
 * One row of the mailbox table: the mailbox, the application it is assigned to (or null), its
 * derived state, how it signs in, and the lower-case text a search matches against, built once per row so a
 * keystroke only scans strings.
 */
public record MailboxItem(Mailbox mailbox, DigitalApplication application, MailboxState state, String authentication,
                          String searchText) {

    /** @param authentication "Password", or "OAuth 2.0 · Contoso mail" for a mailbox signing in with OAuth */
    public static MailboxItem of(Mailbox mailbox, Applications applications, String authentication) {
        String from = mailbox instanceof OutboundMailbox outbound ? outbound.fromAddress() : "";
        // the type as the table shows it ("Graph", "EWS") and where it connects (an EWS URL, a Graph host) are found too
        String text = String.join("\n", mailbox.name(), mailbox.login(), mailbox.endpoint().address(), from, Text.of(mailbox.kind()));
        return new MailboxItem(mailbox, applications.applicationOf(mailbox).orElse(null),
                applications.stateOf(mailbox), authentication, text.toLowerCase(Locale.ROOT));
    }

    /** Whether the row matches a search already in lower case. */
    public boolean matches(String lowerCaseQuery) {
        return searchText.contains(lowerCaseQuery);
    }

    public boolean isEnabled() {
        return state == MailboxState.ENABLED;
    }

    public long id() {
        return mailbox.id();
    }

    public String name() {
        return mailbox.name();
    }

    public Direction direction() {
        return mailbox.direction();
    }

    /** The application's name, or "" when the mailbox is not assigned. */
    public String applicationName() {
        return application == null ? "" : application.name();
    }
}
