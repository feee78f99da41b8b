package org.mailroom.ui.mailboxes;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mailroom.domain.Mailbox;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.text.Text;

/** How each mailbox signs in, in words for the table and the details panel. */
final class Authentications {

    static final String PASSWORD = Text.get("authentication.password");

    private final Map<Long, StoredRegistration> registrations;
    private final Map<Long, OAuthLink> links;

    Authentications(List<StoredRegistration> registrations, Map<Long, OAuthLink> links) {
        this.registrations = registrations.stream().collect(Collectors.toMap(StoredRegistration::id, Function.identity()));
        this.links = links;
    }

    String of(Mailbox mailbox) {
        OAuthLink link = links.get(mailbox.id());
        StoredRegistration registration = link == null ? null : registrations.get(link.registrationId());
        if (registration == null) {
            // a Graph mailbox has no password: it waits for an app registration's client secret
            return mailbox.kind().hasPassword() ? PASSWORD : Text.get("authentication.noApp");
        }
        return Text.get(link.testMailbox() ? "authentication.oauth.test" : "authentication.oauth", registration.name());
    }
}
