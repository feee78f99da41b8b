package org.mailroom.oauth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.text.Text;

/**
 * What the admin must do outside Mailroom before go-live, each an item they tick once done: the special mailbox
 * settings of the spec per mailbox and, for app-only access (client credentials), every step the wizard's
 * PowerShell lists — admin consent, the service principal, full access or a role assignment per mailbox, Send As
 * for another From address. The wizard shows them; the configuration check reports those not ticked.
 */
public final class MailboxChecklist {

    /** One thing to do, for one mailbox ({@code mailbox} empty: for the whole registration); {@code powerShell} may be empty. */
    public record Item(String mailbox, String key, String text, String powerShell) {

        /** What is kept when it is ticked: the mailbox and the item, so a renamed item is never taken as done. */
        public String tickKey() {
            return mailbox + "|" + key;
        }
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

    /**
     * Every item for the registration and the mailboxes signing in through it: consent first, then for app-only the
     * service principal, then per mailbox its settings and its app-only permissions.
     *
     * @param servicePrincipalId as New-ServicePrincipal printed it, for the lines; null or blank: a placeholder
     */
    public static List<Item> forRegistration(AzureAppRegistration registration, List<Mailbox> mailboxes, String servicePrincipalId) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("", "oauth.checklist.consent", Text.get("oauth.checklist.consent"), ""));
        boolean appOnly = registration.grant() == GrantType.CLIENT_CREDENTIALS;
        if (appOnly) {
            PowerShellLine principal = PowerShellLines.newServicePrincipal(registration, null);
            items.add(new Item("", "oauth.checklist.servicePrincipal", Text.get("oauth.checklist.servicePrincipal"), principal.command()));
        }
        for (Mailbox mailbox : mailboxes) {
            OAuthProtocol own = OAuthProtocol.of(mailbox.kind());
            items.addAll(forMailbox(mailbox.login(), EnumSet.of(own), registration.grant()));
            if (appOnly) {
                items.addAll(appOnlyItems(registration, mailbox, own, servicePrincipalId));
            }
        }
        // a login used by two mailboxes (inbound and outbound) needs its settings once
        Map<String, Item> once = new LinkedHashMap<>();
        items.forEach(item -> once.putIfAbsent(item.tickKey(), item));
        return List.copyOf(once.values());
    }

    private static List<Item> appOnlyItems(AzureAppRegistration registration, Mailbox mailbox, OAuthProtocol own, String principal) {
        List<Item> items = new ArrayList<>();
        String login = mailbox.login();
        AppOnlyMailbox appOnly = mailbox instanceof OutboundMailbox out ? AppOnlyMailbox.outbound(login, out.fromAddress())
                : AppOnlyMailbox.inbound(login);
        if (registration.protocols().contains(own)) {
            List<PowerShellLine> lines = PowerShellLines.mailboxPermissions(List.of(appOnly), principal);
            items.add(new Item(login, "oauth.checklist.fullAccess", Text.get("oauth.checklist.fullAccess"), lines.get(0).command()));
            if (appOnly.sendsAsOtherAddress()) {
                items.add(new Item(login, "oauth.checklist.sendAs", Text.get("oauth.checklist.sendAs", appOnly.fromAddress()),
                        lines.get(1).command()));
            }
        }
        if (registration.protocols().contains(OAuthProtocol.GRAPH) || registration.protocols().contains(OAuthProtocol.EWS)) {
            items.add(new Item(login, "oauth.checklist.roleAssignment", Text.get("oauth.checklist.roleAssignment"),
                    "Test-ServicePrincipalAuthorization -Identity " + PowerShellLines.quote(registration.normalized().clientId())
                            + " -Resource " + PowerShellLines.quote(login)));
        }
        return items;
    }
}
