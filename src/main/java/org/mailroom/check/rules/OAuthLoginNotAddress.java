package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxRules;
import org.mailroom.domain.Severity;

/**
 * XOAUTH2 sends {@code user=<address>}: an OAuth mailbox whose login is an account name (DOMAIN\\user, a local
 * part) is refused by Exchange Online even with a good token (facts §4). For a shared mailbox, the shared address.
 */
public final class OAuthLoginNotAddress extends Rule {

    public OAuthLoginNotAddress() {
        super("oauthLogin", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (Mailbox mailbox : workspace.mailboxes()) {
            if (workspace.oauthLink(mailbox).isPresent() && MailboxRules.checkFromAddress(mailbox.login().strip()).isPresent()) {
                reporter.report(ItemRef.of(mailbox), mailbox.name(), mailbox.login());
            }
        }
    }
}
