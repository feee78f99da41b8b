package org.mailroom.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailroom.domain.Applications;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.StoredRegistration;

/**
 * Everything a workspace holds, as plain values read in one go: what export writes, import
 * produces and the configuration check examines. Secrets are never part of it.
 *
 * @param fromAttribute the attribute Agent Workspace's email.from-addresses names, if any
 * @param oauthLinks    by mailbox id, for mailboxes that sign in with OAuth
 */
public record WorkspaceContent(List<MailServer> servers, List<Mailbox> mailboxes, Applications applications,
                               List<AttributeFolder> folders, List<BusinessAttribute> attributes,
                               List<FromAddress> fromAddressValues, Optional<BusinessAttribute> fromAttribute,
                               List<StoredRegistration> registrations, Map<Long, OAuthLink> oauthLinks) {

    public WorkspaceContent {
        servers = List.copyOf(servers);
        mailboxes = List.copyOf(mailboxes);
        folders = List.copyOf(folders);
        attributes = List.copyOf(attributes);
        fromAddressValues = List.copyOf(fromAddressValues);
        registrations = List.copyOf(registrations);
        oauthLinks = Map.copyOf(oauthLinks);
    }

    /** Reads the whole workspace in one transaction (joining the caller's, if any). */
    public static WorkspaceContent read(WorkspaceDatabase database) {
        return database.inTransaction(() -> {
            MailServerStore servers = new MailServerStore(database);
            BusinessAttributeStore attributes = new BusinessAttributeStore(database);
            OAuthStore oauth = new OAuthStore(database);
            List<AttributeFolder> folders = attributes.folders();
            List<BusinessAttribute> allAttributes = folders.stream().flatMap(f -> attributes.attributes(f).stream()).toList();
            List<FromAddress> values = allAttributes.stream().flatMap(a -> attributes.values(a).stream()).toList();
            return new WorkspaceContent(servers.findAll(), new MailboxStore(database, servers).findAll(),
                    new ApplicationStore(database).findAll(), folders, allAttributes, values, attributes.fromAttribute(),
                    oauth.registrations(), oauth.links());
        });
    }
}
