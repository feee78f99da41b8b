package org.mailroom.oauth;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mailroom.text.Text;

/** The special mailbox settings of the spec, per mailbox, each with the line that sets it when there is one. */
public final class MailboxChecklist {

    /** One thing to verify on one mailbox; {@code powerShell} is empty when it is set elsewhere (MFA). */
    public record Item(String mailbox, String key, String text, String powerShell) {
    }

    private MailboxChecklist() {
    }

    public static List<Item> forMailbox(String mailbox, Set<OAuthProtocol> protocols, GrantType grant) {
        List<Item> items = new ArrayList<>();
        String identity = PowerShellLines.quote(mailbox);
        if (grant == GrantType.PASSWORD) {
            // the password grant signs the mailbox in itself: an MFA prompt cannot be answered
            items.add(new Item(mailbox, "oauth.checklist.mfa", Text.get("oauth.checklist.mfa"), ""));
        }
        if (protocols.contains(OAuthProtocol.IMAP)) {
            items.add(new Item(mailbox, "oauth.checklist.imap", Text.get("oauth.checklist.imap"),
                    "Set-CASMailbox -Identity " + identity + " -ImapEnabled $true"));
        }
        if (protocols.contains(OAuthProtocol.POP3)) {
            items.add(new Item(mailbox, "oauth.checklist.pop", Text.get("oauth.checklist.pop"),
                    "Set-CASMailbox -Identity " + identity + " -PopEnabled $true"));
        }
        if (protocols.contains(OAuthProtocol.SMTP)) {
            items.add(new Item(mailbox, "oauth.checklist.smtpAuth", Text.get("oauth.checklist.smtpAuth"),
                    "Set-CASMailbox -Identity " + identity + " -SmtpClientAuthenticationDisabled $false"));
        }
        return List.copyOf(items);
    }

    public static List<Item> forMailboxes(List<String> mailboxes, Set<OAuthProtocol> protocols, GrantType grant) {
        return mailboxes.stream().flatMap(m -> forMailbox(m, protocols, grant).stream()).toList();
    }
}
