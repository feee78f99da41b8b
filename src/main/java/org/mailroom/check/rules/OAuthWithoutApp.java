package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Severity;
import org.mailroom.oauth.OAuthLink;

/** An OAuth mailbox whose app registration is missing has no client or tenant ID to sign in with. */
public final class OAuthWithoutApp extends Rule {

    public OAuthWithoutApp() {
        super("oauthNoApp", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (Mailbox mailbox : workspace.mailboxes()) {
            OAuthLink link = workspace.oauthLink(mailbox).orElse(null);
            if (link != null && workspace.registration(link.registrationId()).isEmpty()) {
                reporter.report(ItemRef.of(mailbox), mailbox.name());
            }
        }
    }
}
