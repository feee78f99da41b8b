package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Severity;
import org.mailroom.oauth.OAuthLink;

/** Genesys migrates a test mailbox with its own credential first; the migration request says which one it is. */
public final class NoTestMailbox extends Rule {

    public NoTestMailbox() {
        super("noTestMailbox", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        int oauthMailboxes = 0;
        for (Mailbox mailbox : workspace.mailboxes()) {
            OAuthLink link = workspace.oauthLink(mailbox).orElse(null);
            if (link != null) {
                if (link.testMailbox()) {
                    return;
                }
                oauthMailboxes++;
            }
        }
        if (oauthMailboxes > 0) {
            reporter.report(ItemRef.WORKSPACE, oauthMailboxes);
        }
    }
}
