package org.mailroom.ui.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.service.OAuthRegistrations;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.store.MailboxStore;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.FakeIdentityProvider;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.Workspaces;

/** The wizard's PowerShell page for an app-only registration with an inbound and an outbound mailbox. */
@ExtendWith(WorkspaceExtension.class)
class PowerShellPageTest {

    @Test
    void inboundReadsOutboundSendsAndSmtpSendsAsItsFromAddress(TempWorkspace workspace) {
        MailboxStore boxes = workspace.mailboxes();
        Mailbox inbound = boxes.add(InboundMailbox.draft("sales", 5, "sales@contoso.com", Workspaces.imapPreset(workspace.servers())));
        Mailbox outbound = boxes.add(OutboundMailbox.draft("service@contoso.com", "relay@contoso.com",
                Workspaces.smtpPreset(workspace.servers())));
        OAuthWizardViewModel wizard = new OAuthWizardViewModel(new OAuthRegistrations(workspace.database(), workspace.oauth(),
                new WorkspaceEvents()), new DirectBackground(), List.of(inbound, outbound), java.time.Clock.systemDefaultZone());
        wizard.mailboxes().forEach(c -> c.chosen().set(true));
        wizard.nameProperty().set("Contoso mail");
        wizard.clientIdProperty().set(FakeIdentityProvider.CLIENT);
        wizard.tenantProperty().set(FakeIdentityProvider.TENANT);
        wizard.grantProperty().set(GrantType.CLIENT_CREDENTIALS);
        wizard.protocol(OAuthProtocol.IMAP).set(false);
        wizard.protocol(OAuthProtocol.GRAPH).set(true);

        assertThat(wizard.texts().powerShell())
                .contains("-RecipientRestrictionFilter 'PrimarySmtpAddress -eq \"sales@contoso.com\"'")
                .contains("-RecipientRestrictionFilter 'PrimarySmtpAddress -eq \"relay@contoso.com\"'")
                .contains("-Role 'Application Mail.ReadWrite' -CustomResourceScope 'Mailroom Contoso mail inbound'")
                .contains("-Role 'Application Mail.Send' -CustomResourceScope 'Mailroom Contoso mail outbound'")
                .contains("-ObjectId <enterprise-application-object-id>")
                .doesNotContain("Add-MailboxPermission")
                .doesNotContain("ApplicationAccessPolicy");
        assertThat(wizard.webApisAppOnly().get()).isTrue();

        // a tenant that still scopes apps with access policies: the legacy lines, on the group typed, kept in the draft
        wizard.accessPoliciesProperty().set(true);
        wizard.accessPolicyGroupProperty().set("mailroom-apps@contoso.com");
        assertThat(wizard.texts().powerShell())
                .contains("New-ApplicationAccessPolicy -AppId '" + FakeIdentityProvider.CLIENT + "' -PolicyScopeGroupId 'mailroom-apps@contoso.com'")
                .contains("Add-DistributionGroupMember -Identity 'mailroom-apps@contoso.com' -Member 'sales@contoso.com'")
                .contains("# Legacy");
        OAuthWizardViewModel resumed = new OAuthWizardViewModel(new OAuthRegistrations(workspace.database(), workspace.oauth(),
                new WorkspaceEvents()), new DirectBackground(), List.of(inbound, outbound), java.time.Clock.systemDefaultZone());
        WizardDraft.fromJson(WizardDraft.of(wizard).toJson()).orElseThrow().resumeIn(resumed);
        assertThat(resumed.accessPoliciesProperty().get()).isTrue();
        assertThat(resumed.accessPolicyGroupProperty().get()).isEqualTo("mailroom-apps@contoso.com");
        wizard.accessPoliciesProperty().set(false);

        wizard.protocol(OAuthProtocol.GRAPH).set(false);
        wizard.protocol(OAuthProtocol.SMTP).set(true);
        wizard.servicePrincipalIdProperty().set("sp-1");
        assertThat(wizard.texts().powerShell())
                .contains("Add-MailboxPermission -Identity 'relay@contoso.com' -User 'sp-1' -AccessRights FullAccess")
                .contains("Add-RecipientPermission -Identity 'service@contoso.com' -Trustee 'sp-1' -AccessRights SendAs")
                .doesNotContain("New-ManagementScope");
        assertThat(wizard.webApisAppOnly().get()).isFalse(); // the access policy choice is not offered for IMAP/POP/SMTP
    }
}
