package org.mailroom.oauth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mailroom.text.Text;

/**
 * The Exchange Online PowerShell an admin runs for app-only access, with this app's values filled in.
 * Values are single-quoted for PowerShell so a mailbox name with spaces or $ stays one literal argument.
 */
public final class PowerShellLines {

    /** What to type where we cannot know the value: Azure shows it only on the Enterprise application page. */
    public static final String ENTERPRISE_OBJECT_ID_PLACEHOLDER = "<enterprise-application-object-id>";
    public static final String SERVICE_PRINCIPAL_PLACEHOLDER = "<service-principal-id>";
    public static final String GROUP_PLACEHOLDER = "<mail-enabled-security-group>";

    private PowerShellLines() {
    }

    /** Registers the app's service principal in Exchange Online; needed before any mailbox permission. */
    public static PowerShellLine newServicePrincipal(AzureAppRegistration registration, String enterpriseObjectId) {
        String objectId = enterpriseObjectId == null || enterpriseObjectId.isBlank()
                ? ENTERPRISE_OBJECT_ID_PLACEHOLDER
                : quote(enterpriseObjectId.strip());
        return new PowerShellLine("New-ServicePrincipal -AppId " + quote(registration.normalized().clientId())
                + " -ObjectId " + objectId, Text.get("oauth.powershell.servicePrincipal"));
    }

    /** Full access for the app to each mailbox, one line per mailbox. */
    public static List<PowerShellLine> mailboxPermissions(Collection<String> mailboxes, String servicePrincipalId) {
        String principal = servicePrincipalId == null || servicePrincipalId.isBlank()
                ? SERVICE_PRINCIPAL_PLACEHOLDER
                : quote(servicePrincipalId.strip());
        return mailboxes.stream()
                .map(mailbox -> new PowerShellLine("Add-MailboxPermission -Identity " + quote(mailbox) + " -User "
                        + principal + " -AccessRights FullAccess", Text.get("oauth.powershell.fullAccess", mailbox)))
                .toList();
    }

    /** Limits Graph (and full_access_as_app) to the mailboxes of one group; it does not cover IMAP/POP. */
    public static List<PowerShellLine> applicationAccessPolicy(AzureAppRegistration registration, String group) {
        String scope = group == null || group.isBlank() ? GROUP_PLACEHOLDER : quote(group.strip());
        String appId = quote(registration.normalized().clientId());
        return List.of(
                new PowerShellLine("New-ApplicationAccessPolicy -AppId " + appId + " -PolicyScopeGroupId " + scope
                        + " -AccessRight RestrictAccess -Description 'E-mail Server mailboxes'",
                        Text.get("oauth.powershell.accessPolicy")),
                new PowerShellLine("Test-ApplicationAccessPolicy -AppId " + appId + " -Identity <mailbox>",
                        Text.get("oauth.powershell.testAccessPolicy")));
    }

    /**
     * Everything app-only needs for these mailboxes, in the order to run it. Password-grant registrations
     * need none of it and get an empty list.
     */
    public static List<PowerShellLine> appOnlySetup(AzureAppRegistration registration, Collection<String> mailboxes,
                                                    String enterpriseObjectId, String servicePrincipalId) {
        if (registration.grant() != GrantType.CLIENT_CREDENTIALS) {
            return List.of();
        }
        List<PowerShellLine> lines = new ArrayList<>();
        lines.add(new PowerShellLine("Connect-ExchangeOnline", Text.get("oauth.powershell.connect")));
        boolean mailProtocols = registration.protocols().stream()
                .anyMatch(p -> p != OAuthProtocol.GRAPH && p != OAuthProtocol.EWS);
        if (mailProtocols || registration.protocols().contains(OAuthProtocol.EWS)) {
            lines.add(newServicePrincipal(registration, enterpriseObjectId));
            lines.addAll(mailboxPermissions(mailboxes, servicePrincipalId));
        }
        if (registration.protocols().contains(OAuthProtocol.GRAPH)) {
            lines.addAll(applicationAccessPolicy(registration, null));
        }
        return List.copyOf(lines);
    }

    /** PowerShell's single-quoted literal: nothing is expanded, a quote is doubled. */
    static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
