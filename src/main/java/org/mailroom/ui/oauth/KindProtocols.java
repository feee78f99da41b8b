package org.mailroom.ui.oauth;

import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxKind;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;

/** A chosen EWS or Graph mailbox brings its protocol along in the wizard; Graph also its only grant, client credentials. */
final class KindProtocols {

    private KindProtocols() {
    }

    static void follow(Mailbox mailbox, boolean chosen, Map<OAuthProtocol, BooleanProperty> protocols, ObjectProperty<GrantType> grant) {
        if (chosen && !mailbox.kind().usesMailServer()) {
            protocols.get(OAuthProtocol.of(mailbox.kind())).set(true);
            if (mailbox.kind() == MailboxKind.GRAPH) {
                grant.set(GrantType.CLIENT_CREDENTIALS);
            }
        }
    }
}
