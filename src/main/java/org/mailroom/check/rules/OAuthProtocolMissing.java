package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.Severity;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.text.Text;

/**
 * The registration's protocols decide which permissions the app was given; a mailbox using another protocol
 * gets a token without the permission it needs. POP3 is left to {@link OAuthPop3}.
 */
public final class OAuthProtocolMissing extends Rule {

    public OAuthProtocolMissing() {
        super("oauthProtocolMissing", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (Mailbox mailbox : workspace.mailboxes()) {
            MailboxKind kind = mailbox.kind();
            if (kind == MailboxKind.POP3) {
                continue;
            }
            StoredRegistration stored = workspace.oauthLink(mailbox)
                    .flatMap(link -> workspace.registration(link.registrationId())).orElse(null);
            if (stored != null && stored.registration() != null
                    && !stored.registration().protocols().contains(OAuthProtocol.of(kind))) {
                reporter.report(ItemRef.of(mailbox), mailbox.name(), Text.of(kind), ItemRef.of(stored).displayName());
            }
        }
    }
}
