package org.mailroom.check.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Severity;
import org.mailroom.domain.WorkspaceRules;

/**
 * Two mailboxes reading the same account on the same host (through IMAP or POP3 alike) take each other's
 * messages, so each message reaches whichever application polls first. Logins compare ignoring case, as
 * Exchange's do.
 */
public final class DuplicateLogin extends Rule {

    public DuplicateLogin() {
        super("duplicateLogin", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        Map<String, List<Mailbox>> byAccount = new LinkedHashMap<>();
        for (Mailbox mailbox : workspace.mailboxes()) {
            byAccount.computeIfAbsent(WorkspaceRules.accountKey(mailbox), k -> new ArrayList<>(1)).add(mailbox);
        }
        for (List<Mailbox> sharing : byAccount.values()) {
            if (sharing.size() < 2) {
                continue;
            }
            for (int i = 0; i < sharing.size(); i++) {
                Mailbox mailbox = sharing.get(i);
                Mailbox other = sharing.get(i == 0 ? 1 : 0); // name one, count the rest: stays linear
                reporter.report(ItemRef.of(mailbox), mailbox.name(), mailbox.login(), mailbox.endpoint().host(),
                        other.name(), sharing.size() - 1);
            }
        }
    }
}
