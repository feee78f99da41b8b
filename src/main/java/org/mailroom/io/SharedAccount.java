package org.mailroom.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.store.ImportBatch;

/**
 * An imported mailbox that would read the same account as another mailbox: the same login on the same
 * server. Both would poll one mailbox and take each other's messages (the check's duplicate-login error),
 * so the admin is asked before such an import is applied.
 *
 * @param mailbox the imported mailbox's name as it would be created (after "Import it renamed")
 * @param other   the mailbox already reading that account: one of the workspace's, or one imported before it
 */
public record SharedAccount(String mailbox, String other, String login, String host) {

    /** Every imported mailbox that, applied next to the workspace's mailboxes it does not replace, shares an account. */
    static List<SharedAccount> find(List<? extends Mailbox> workspace, List<ImportBatch.MailboxEntry> imported) {
        Set<String> replaced = new HashSet<>();
        imported.stream().filter(ImportBatch.MailboxEntry::replace).forEach(entry -> replaced.add(WorkspaceRules.nameKey(entry.mailbox().name())));
        Map<String, String> readers = new HashMap<>();
        for (Mailbox mailbox : workspace) {
            if (!replaced.contains(WorkspaceRules.nameKey(mailbox.name()))) {
                readers.putIfAbsent(WorkspaceRules.accountKey(mailbox), mailbox.name());
            }
        }
        List<SharedAccount> shared = new ArrayList<>();
        for (ImportBatch.MailboxEntry entry : imported) {
            Mailbox mailbox = entry.mailbox();
            String other = readers.putIfAbsent(WorkspaceRules.accountKey(mailbox), mailbox.name());
            if (other != null) {
                shared.add(new SharedAccount(mailbox.name(), other, mailbox.login(), mailbox.endpoint().host()));
            }
        }
        return shared;
    }
}
