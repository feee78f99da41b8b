package org.mailroom.oauth;

import static org.mailroom.oauth.PowerShellLines.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.mailroom.text.Text;

/**
 * RBAC for Applications, Microsoft's current way to limit an app-only Graph or EWS app to some mailboxes:
 * a management scope holding exactly those mailboxes and a role assignment for the app on that scope.
 * It replaces Application Access Policies (legacy). It does not cover IMAP/POP/SMTP.
 */
final class RbacForApplications {

    /** Graph reads and moves mail with Mail.ReadWrite; EWS app-only has its own application role. */
    static final String READ_WRITE_ROLE = "Application Mail.ReadWrite";
    static final String SEND_ROLE = "Application Mail.Send";
    static final String EWS_ROLE = "Application EWS.AccessAsApp";

    private RbacForApplications() {
    }

    /** Scopes, role assignments, the check per mailbox and the warning about tenant-wide grants. */
    static List<PowerShellLine> lines(AzureAppRegistration registration, Collection<AppOnlyMailbox> mailboxes) {
        String appId = quote(registration.normalized().clientId());
        String baseName = "Mailroom " + displayName(registration);
        List<PowerShellLine> lines = new ArrayList<>();
        // One scope per direction, so the inbound mailboxes cannot send and the outbound one cannot read.
        List<AppOnlyMailbox> inbound = mailboxes.stream().filter(m -> !m.outbound()).toList();
        List<AppOnlyMailbox> outbound = mailboxes.stream().filter(AppOnlyMailbox::outbound).toList();
        if (!inbound.isEmpty()) {
            String scope = baseName + " inbound";
            lines.add(scopeLine(scope, inbound));
            if (registration.protocols().contains(OAuthProtocol.GRAPH)) {
                lines.add(assignment(appId, READ_WRITE_ROLE, scope));
            }
            if (registration.protocols().contains(OAuthProtocol.EWS)) {
                lines.add(assignment(appId, EWS_ROLE, scope));
            }
        }
        if (!outbound.isEmpty() && registration.protocols().contains(OAuthProtocol.GRAPH)) {
            String scope = baseName + " outbound";
            lines.add(scopeLine(scope, outbound));
            lines.add(assignment(appId, SEND_ROLE, scope));
        }
        mailboxes.forEach(m -> lines.add(new PowerShellLine("Test-ServicePrincipalAuthorization -Identity " + appId
                + " -Resource " + quote(m.address()), Text.get("oauth.powershell.testAuthorization", m.address()))));
        lines.add(new PowerShellLine("", Text.get("oauth.powershell.tenantWideWarning")));
        return List.copyOf(lines);
    }

    /** A recipient filter naming each mailbox by address: exactly these mailboxes, nothing tenant-wide. */
    private static PowerShellLine scopeLine(String scope, List<AppOnlyMailbox> mailboxes) {
        // OPATH values in double quotes inside a single-quoted PowerShell string: no $ is expanded.
        String filter = mailboxes.stream().map(m -> "PrimarySmtpAddress -eq \"" + m.address() + "\"")
                .collect(Collectors.joining(" -or "));
        return new PowerShellLine("New-ManagementScope -Name " + quote(scope) + " -RecipientRestrictionFilter " + quote(filter),
                Text.get("oauth.powershell.scope", mailboxes.size()));
    }

    private static PowerShellLine assignment(String appId, String role, String scope) {
        return new PowerShellLine("New-ManagementRoleAssignment -App " + appId + " -Role " + quote(role)
                + " -CustomResourceScope " + quote(scope), Text.get("oauth.powershell.roleAssignment", role));
    }

    static String displayName(AzureAppRegistration registration) {
        String name = registration.normalized().name();
        return name == null || name.isBlank() ? "E-mail Server" : name;
    }
}
