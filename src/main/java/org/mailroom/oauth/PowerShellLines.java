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

    private PowerShellLines() {
    }

    /**
     * Registers the app's service principal in Exchange Online; needed before any role assignment or mailbox
     * permission. The display name only helps to recognise it in Get-ServicePrincipal.
     */
    public static PowerShellLine newServicePrincipal(AzureAppRegistration registration, String enterpriseObjectId) {
        String objectId = enterpriseObjectId == null || enterpriseObjectId.isBlank()
                ? ENTERPRISE_OBJECT_ID_PLACEHOLDER
                : quote(enterpriseObjectId.strip());
        return new PowerShellLine("New-ServicePrincipal -AppId " + quote(registration.normalized().clientId())
                + " -ObjectId " + objectId + " -DisplayName " + quote(RbacForApplications.displayName(registration)),
                Text.get("oauth.powershell.servicePrincipal"));
    }

    /**
     * IMAP/POP/SMTP app-only is not covered by RBAC for Applications: full access per mailbox, and Send As
     * for an outbound mailbox whose From address is another address.
     */
    public static List<PowerShellLine> mailboxPermissions(Collection<AppOnlyMailbox> mailboxes, String servicePrincipalId) {
        String principal = servicePrincipalId == null || servicePrincipalId.isBlank()
                ? SERVICE_PRINCIPAL_PLACEHOLDER
                : quote(servicePrincipalId.strip());
        List<PowerShellLine> lines = new ArrayList<>();
        for (AppOnlyMailbox mailbox : mailboxes) {
            lines.add(new PowerShellLine("Add-MailboxPermission -Identity " + quote(mailbox.address()) + " -User "
                    + principal + " -AccessRights FullAccess", Text.get("oauth.powershell.fullAccess", mailbox.address())));
            if (mailbox.sendsAsOtherAddress()) {
                lines.add(new PowerShellLine("Add-RecipientPermission -Identity " + quote(mailbox.fromAddress()) + " -Trustee "
                        + principal + " -AccessRights SendAs -Confirm:$false",
                        Text.get("oauth.powershell.sendAs", mailbox.fromAddress())));
            }
        }
        return List.copyOf(lines);
    }

    /**
     * Everything app-only needs for these mailboxes, in the order to run it: RBAC for Applications for Graph
     * and EWS, mailbox permissions for IMAP/POP/SMTP. Password-grant registrations need none of it and get an
     * empty list. Application Access Policies are legacy and not written.
     */
    public static List<PowerShellLine> appOnlySetup(AzureAppRegistration registration, Collection<AppOnlyMailbox> mailboxes,
                                                    String enterpriseObjectId, String servicePrincipalId) {
        return appOnlySetup(registration, mailboxes, enterpriseObjectId, servicePrincipalId, null);
    }

    /**
     * As {@link #appOnlySetup(AzureAppRegistration, Collection, String, String)}, for a tenant that still scopes apps
     * with Application Access Policies: {@code accessPolicyGroup} is the policy's mail-enabled security group (blank
     * when not known yet, {@code null} for a tenant without such policies), and the Graph/EWS part gains the legacy
     * policy lines after the RBAC ones.
     */
    public static List<PowerShellLine> appOnlySetup(AzureAppRegistration registration, Collection<AppOnlyMailbox> mailboxes,
                                                    String enterpriseObjectId, String servicePrincipalId, String accessPolicyGroup) {
        if (registration.grant() != GrantType.CLIENT_CREDENTIALS) {
            return List.of();
        }
        List<PowerShellLine> lines = new ArrayList<>();
        lines.add(new PowerShellLine("Connect-ExchangeOnline", Text.get("oauth.powershell.connect")));
        lines.add(newServicePrincipal(registration, enterpriseObjectId));
        boolean webApis = registration.protocols().stream().anyMatch(p -> p == OAuthProtocol.GRAPH || p == OAuthProtocol.EWS);
        boolean mailProtocols = registration.protocols().stream().anyMatch(p -> p != OAuthProtocol.GRAPH && p != OAuthProtocol.EWS);
        if (webApis) {
            lines.addAll(RbacForApplications.lines(registration, mailboxes));
            if (accessPolicyGroup != null) {
                lines.addAll(ApplicationAccessPolicies.lines(registration, mailboxes, accessPolicyGroup));
            }
        }
        if (mailProtocols) {
            lines.addAll(mailboxPermissions(mailboxes, servicePrincipalId));
        }
        return List.copyOf(lines);
    }

    /** PowerShell's single-quoted literal: nothing is expanded, a quote is doubled. */
    static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
