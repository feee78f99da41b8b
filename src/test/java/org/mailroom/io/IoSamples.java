package org.mailroom.io;

import java.util.Set;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Protocol;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.Workspaces;

/** A small workspace with one of everything: what the export, import and INI tests work on. */
final class IoSamples {

    static final AzureAppRegistration CONTOSO = new AzureAppRegistration("Contoso mail", "1b2c3d4e-0000-4000-8000-00000000abcd",
            "contoso.onmicrosoft.com", Cloud.GLOBAL, AccountType.SINGLE_TENANT, GrantType.PASSWORD, Set.of(OAuthProtocol.IMAP));
    static final AzureAppRegistration GOV = new AzureAppRegistration("Fabrikam gov", "2b2c3d4e-0000-4000-8000-00000000abcd",
            "0f0e0d0c-0000-4000-8000-000000000001", Cloud.US_GOV_GCC_HIGH, AccountType.SINGLE_TENANT, GrantType.CLIENT_CREDENTIALS,
            Set.of(OAuthProtocol.POP3));

    /** The mailboxes it created, by role. */
    record Sample(Mailbox sales, Mailbox billing, Mailbox claims, Mailbox outbound, StoredRegistration contoso, StoredRegistration gov) {
    }

    private IoSamples() {
    }

    static Sample fill(WorkspaceDatabase database) {
        MailServerStore servers = new MailServerStore(database);
        MailboxStore mailboxes = new MailboxStore(database, servers);
        ApplicationStore applications = new ApplicationStore(database);
        OAuthStore oauth = new OAuthStore(database);
        BusinessAttributeStore attributes = new BusinessAttributeStore(database);
        MailServer pop = servers.add(MailServer.draft("pop.fabrikam.us", 995, Protocol.POP3, ConnectionSecurity.SSL_TLS));
        Mailbox sales = mailboxes.add(InboundMailbox.draft("sales", 10, "sales@contoso.com", Workspaces.imapPreset(servers)));
        Mailbox billing = mailboxes.add(InboundMailbox.draft("billing", 20, "billing@fabrikam.us", pop));
        Mailbox claims = mailboxes.add(InboundMailbox.draft("claims", 5, "claims", Workspaces.plainImapAdded(servers)));
        Mailbox outbound = mailboxes.add(OutboundMailbox.draft("support@contoso.com", "relay@contoso.com", Workspaces.smtpPreset(servers)));
        DigitalApplication support = applications.add(new DigitalApplication(0, "Support <EU> & \"Co\"", true));
        applications.add(DigitalApplication.draft("Billing"));
        applications.assign(sales, support);
        applications.assign(outbound, support);
        StoredRegistration contoso = oauth.save(0, CONTOSO);
        StoredRegistration gov = oauth.save(0, GOV);
        oauth.link(sales, contoso, true);
        oauth.link(billing, gov, false);
        AttributeFolder folder = attributes.addFolder(AttributeFolder.draft("Email"));
        BusinessAttribute from = attributes.addAttribute(BusinessAttribute.draft(folder.id(), "FromAddresses"));
        attributes.addValue(FromAddress.draft(from.id(), "support@contoso.com", "Support team"));
        attributes.addValue(FromAddress.draft(from.id(), "sales@contoso.com", "Sales"));
        attributes.chooseFromAttribute(from);
        return new Sample(sales, billing, claims, outbound, contoso, gov);
    }
}
