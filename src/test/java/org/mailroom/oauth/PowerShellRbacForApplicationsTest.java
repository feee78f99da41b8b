package org.mailroom.oauth;

import org.mailroom.domain.Cloud;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailroom.testing.FakeIdentityProvider;

/** The app-only PowerShell for Graph and EWS: RBAC for Applications, scoped to exactly the chosen mailboxes. */
class PowerShellRbacForApplicationsTest {

    private static final String APP = "'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'";
    private static final List<AppOnlyMailbox> CHOSEN = List.of(
            AppOnlyMailbox.inbound("support@contoso.com"),
            AppOnlyMailbox.inbound("o'brien$@contoso.com"),
            AppOnlyMailbox.outbound("noreply@contoso.com", "service@contoso.com"));

    private static AzureAppRegistration app(String name, OAuthProtocol... protocols) {
        return new AzureAppRegistration(name, FakeIdentityProvider.CLIENT, FakeIdentityProvider.TENANT, Cloud.GLOBAL,
                AccountType.SINGLE_TENANT, GrantType.CLIENT_CREDENTIALS, EnumSet.of(protocols[0], protocols));
    }

    private static List<String> commands(List<PowerShellLine> lines) {
        return lines.stream().map(PowerShellLine::command).filter(c -> !c.isEmpty()).toList();
    }

    @Test
    void graphAppGetsOneScopePerDirectionHoldingExactlyTheChosenMailboxes() {
        List<PowerShellLine> lines = PowerShellLines.appOnlySetup(app("Contoso's mail", OAuthProtocol.GRAPH), CHOSEN,
                "11111111-2222-3333-4444-555555555555", null);
        assertThat(commands(lines)).containsExactly(
                "Connect-ExchangeOnline",
                "New-ServicePrincipal -AppId " + APP + " -ObjectId '11111111-2222-3333-4444-555555555555'"
                        + " -DisplayName 'Contoso''s mail'",
                "New-ManagementScope -Name 'Mailroom Contoso''s mail inbound' -RecipientRestrictionFilter"
                        + " 'PrimarySmtpAddress -eq \"support@contoso.com\" -or PrimarySmtpAddress -eq \"o''brien$@contoso.com\"'",
                "New-ManagementRoleAssignment -App " + APP + " -Role 'Application Mail.ReadWrite'"
                        + " -CustomResourceScope 'Mailroom Contoso''s mail inbound'",
                "New-ManagementScope -Name 'Mailroom Contoso''s mail outbound' -RecipientRestrictionFilter"
                        + " 'PrimarySmtpAddress -eq \"noreply@contoso.com\"'",
                "New-ManagementRoleAssignment -App " + APP + " -Role 'Application Mail.Send'"
                        + " -CustomResourceScope 'Mailroom Contoso''s mail outbound'",
                "Test-ServicePrincipalAuthorization -Identity " + APP + " -Resource 'support@contoso.com'",
                "Test-ServicePrincipalAuthorization -Identity " + APP + " -Resource 'o''brien$@contoso.com'",
                "Test-ServicePrincipalAuthorization -Identity " + APP + " -Resource 'noreply@contoso.com'");
        assertThat(lines.get(lines.size() - 1).command()).isEmpty();
        assertThat(lines.get(lines.size() - 1).note()).contains("Mail.*").contains("every mailbox").contains("remove");
        assertThat(lines.get(1).note()).contains("Enterprise applications").contains("NOT");
    }

    @Test
    void noTenantWideGrantNoLegacyPolicyNoMailboxPermissionForGraphOnly() {
        List<String> commands = commands(PowerShellLines.appOnlySetup(app("Mailroom", OAuthProtocol.GRAPH), CHOSEN, null, null));
        assertThat(commands).noneMatch(c -> c.contains("ApplicationAccessPolicy"))
                .noneMatch(c -> c.startsWith("Add-MailboxPermission"))
                .noneMatch(c -> c.startsWith("Add-RecipientPermission"))
                .filteredOn(c -> c.startsWith("New-ManagementRoleAssignment"))
                .allMatch(c -> c.contains("-CustomResourceScope 'Mailroom "));
        assertThat(commands).filteredOn(c -> c.startsWith("New-ManagementScope")).hasSize(2)
                .allMatch(c -> c.contains("-RecipientRestrictionFilter 'PrimarySmtpAddress -eq "));
        assertThat(commands).anyMatch(c -> c.contains("-ObjectId <enterprise-application-object-id>"));
    }

    @Test
    void aTenantThatStillUsesAccessPoliciesGetsOneOnTheGroupOfTheChosenMailboxesMarkedLegacyAfterTheRbacLines() {
        List<PowerShellLine> lines = PowerShellLines.appOnlySetup(app("Mailroom", OAuthProtocol.GRAPH), CHOSEN, null, null,
                " mailroom-apps@contoso.com ");
        List<String> commands = commands(lines);
        assertThat(commands).containsSubsequence(
                "Test-ServicePrincipalAuthorization -Identity " + APP + " -Resource 'noreply@contoso.com'",
                "Add-DistributionGroupMember -Identity 'mailroom-apps@contoso.com' -Member 'support@contoso.com'",
                "Add-DistributionGroupMember -Identity 'mailroom-apps@contoso.com' -Member 'o''brien$@contoso.com'",
                "Add-DistributionGroupMember -Identity 'mailroom-apps@contoso.com' -Member 'noreply@contoso.com'",
                "New-ApplicationAccessPolicy -AppId " + APP + " -PolicyScopeGroupId 'mailroom-apps@contoso.com'"
                        + " -AccessRight RestrictAccess -Description 'Mailroom: Mailroom'",
                "Test-ApplicationAccessPolicy -Identity 'support@contoso.com' -AppId " + APP);
        assertThat(lines).filteredOn(line -> line.command().isEmpty()).extracting(PowerShellLine::note)
                .anyMatch(note -> note.startsWith("Legacy") && note.contains("RBAC for Applications") && note.contains("not to create new ones"));

        // the group not typed yet: a placeholder, never an empty argument
        assertThat(commands(PowerShellLines.appOnlySetup(app("Mailroom", OAuthProtocol.EWS), CHOSEN, null, null, "")))
                .contains("New-ApplicationAccessPolicy -AppId " + APP + " -PolicyScopeGroupId <mail-enabled-security-group>"
                        + " -AccessRight RestrictAccess -Description 'Mailroom: Mailroom'");
        // IMAP/POP/SMTP are not covered by access policies: none written for them
        assertThat(commands(PowerShellLines.appOnlySetup(app("Mailroom", OAuthProtocol.IMAP), CHOSEN, null, "sp-1", "g@contoso.com")))
                .noneMatch(c -> c.contains("ApplicationAccessPolicy") || c.startsWith("Add-DistributionGroupMember"));
    }

    @Test
    void ewsAndImapTogetherGetRbacForEwsAndMailboxPermissionsWithSendAsForImapSmtp() {
        List<String> commands = commands(PowerShellLines.appOnlySetup(
                app("Mailroom", OAuthProtocol.EWS, OAuthProtocol.SMTP), CHOSEN, null, "sp-1"));
        assertThat(commands).contains(
                "New-ManagementRoleAssignment -App " + APP + " -Role 'Application EWS.AccessAsApp'"
                        + " -CustomResourceScope 'Mailroom Mailroom inbound'",
                "Add-MailboxPermission -Identity 'noreply@contoso.com' -User 'sp-1' -AccessRights FullAccess",
                "Add-RecipientPermission -Identity 'service@contoso.com' -Trustee 'sp-1' -AccessRights SendAs -Confirm:$false");
        assertThat(commands).noneMatch(c -> c.contains("Application Mail.Send"))
                .filteredOn(c -> c.startsWith("Add-RecipientPermission")).hasSize(1);
    }

    @Test
    void imapOnlyHasNoRbacLines() {
        List<String> commands = commands(PowerShellLines.appOnlySetup(app("Mailroom", OAuthProtocol.IMAP), CHOSEN, null, null));
        assertThat(commands).noneMatch(c -> c.startsWith("New-ManagementScope") || c.startsWith("New-ManagementRoleAssignment")
                || c.startsWith("Test-ServicePrincipalAuthorization"));
        assertThat(commands).filteredOn(c -> c.startsWith("Add-MailboxPermission")).hasSize(3);
    }
}
