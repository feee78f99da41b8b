package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.Severity;

/** "OAuth2 for POP3 is not supported yet" by E-mail Server (the spec, special mailbox settings). */
public final class OAuthPop3 extends Rule {

    public OAuthPop3() {
        super("oauthPop3", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (Mailbox mailbox : workspace.mailboxes()) {
            if (mailbox.kind() == MailboxKind.POP3 && workspace.oauthLink(mailbox).isPresent()) {
                reporter.report(ItemRef.of(mailbox), mailbox.name());
            }
        }
    }
}
