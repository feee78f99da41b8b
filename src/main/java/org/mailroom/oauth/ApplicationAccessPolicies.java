package org.mailroom.oauth;

import static org.mailroom.oauth.PowerShellLines.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mailroom.text.Text;

/**
 * Application Access Policies, the legacy way to limit an app-only Graph or EWS app to the members of one mail-enabled
 * security group. Microsoft says not to create new ones; they are written only for a tenant that still scopes its apps
 * this way, beside the RBAC for Applications lines, so that the policy does not shut the app out of the chosen mailboxes.
 */
final class ApplicationAccessPolicies {

    /** What to type where the admin has not named the group yet. */
    static final String GROUP_PLACEHOLDER = "<mail-enabled-security-group>";

    private ApplicationAccessPolicies() {
    }

    /** The group filled with the chosen mailboxes, the policy on it, and its check per mailbox; {@code group} may be blank. */
    static List<PowerShellLine> lines(AzureAppRegistration registration, Collection<AppOnlyMailbox> mailboxes, String group) {
        String appId = quote(registration.normalized().clientId());
        String scopeGroup = group == null || group.isBlank() ? GROUP_PLACEHOLDER : quote(group.strip());
        List<PowerShellLine> lines = new ArrayList<>();
        lines.add(new PowerShellLine("", Text.get("oauth.powershell.accessPolicy.legacy")));
        mailboxes.forEach(m -> lines.add(new PowerShellLine("Add-DistributionGroupMember -Identity " + scopeGroup + " -Member "
                + quote(m.address()), Text.get("oauth.powershell.accessPolicy.member", m.address()))));
        lines.add(new PowerShellLine("New-ApplicationAccessPolicy -AppId " + appId + " -PolicyScopeGroupId " + scopeGroup
                + " -AccessRight RestrictAccess -Description " + quote("Mailroom: " + RbacForApplications.displayName(registration)),
                Text.get("oauth.powershell.accessPolicy.policy")));
        mailboxes.forEach(m -> lines.add(new PowerShellLine("Test-ApplicationAccessPolicy -Identity " + quote(m.address())
                + " -AppId " + appId, Text.get("oauth.powershell.accessPolicy.test", m.address()))));
        return List.copyOf(lines);
    }
}
