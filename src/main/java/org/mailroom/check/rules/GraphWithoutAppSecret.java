package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.GraphCloud;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.Severity;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.StoredRegistration;

/**
 * E-mail Server reaches a Graph mailbox with client credentials and the app's client secret only (8.5.205.03+,
 * facts §7): a Graph mailbox needs an app registration with that grant, in the mailbox's cloud. Without one it has
 * nothing to sign in with; a registration of another cloud gets a token Graph there refuses.
 */
public final class GraphWithoutAppSecret extends Rule {

    public GraphWithoutAppSecret() {
        super("graphAppSecret", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (Mailbox mailbox : workspace.mailboxes()) {
            if (mailbox.kind() != MailboxKind.GRAPH) {
                continue;
            }
            StoredRegistration app = workspace.oauthLink(mailbox).flatMap(link -> workspace.registration(link.registrationId()))
                    .filter(stored -> stored.registration() != null).orElse(null);
            if (app == null) {
                reporter.report(ItemRef.of(mailbox), mailbox.name(), 0, "");
            } else if (app.registration().grant() != GrantType.CLIENT_CREDENTIALS) {
                reporter.report(ItemRef.of(mailbox), mailbox.name(), 1, ItemRef.of(app).displayName());
            } else if (mailbox.endpoint() instanceof GraphCloud graph && graph.cloud() != app.registration().cloud()) {
                reporter.report(ItemRef.of(mailbox), mailbox.name(), 2, ItemRef.of(app).displayName());
            }
        }
    }
}
