package org.mailroom.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.history.ItemVersion;
import org.mailroom.history.WorkspaceItems;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.OAuthStore;

/**
 * What a use case may change, read as items before and after it: the one mailbox an edit touches, or every item
 * of a kind that has few (servers, applications, From addresses, app registrations). Reads join the caller's
 * transaction, so the history sees exactly what it commits.
 */
final class ItemScopes {

    private final MailServerStore servers;
    private final MailboxStore mailboxes;
    private final ApplicationStore applications;
    private final BusinessAttributeStore attributes;
    private final OAuthStore oauth;

    ItemScopes(MailServerStore servers, MailboxStore mailboxes, ApplicationStore applications, BusinessAttributeStore attributes,
               OAuthStore oauth) {
        this.servers = servers;
        this.mailboxes = mailboxes;
        this.applications = applications;
        this.attributes = attributes;
        this.oauth = oauth;
    }

    /** The mailbox with this id (none for 0 or a deleted one), with its application and sign-in. */
    List<ItemVersion> mailbox(long id) {
        if (id == 0) {
            return List.of();
        }
        return mailboxes.findTied(id).map(tied -> WorkspaceItems.mailbox(tied.mailbox(), tied.application(),
                Optional.ofNullable(tied.registrationId()).flatMap(this::registration), tied.testMailbox())).stream().toList();
    }

    Supplier<List<ItemVersion>> servers() {
        return () -> servers.findAll().stream().map(WorkspaceItems::server).toList();
    }

    Supplier<List<ItemVersion>> applications() {
        return () -> applications.findAll().byId().values().stream().map(WorkspaceItems::application).toList();
    }

    /** The folders, attributes and values, and which attribute agents pick From addresses from. */
    Supplier<List<ItemVersion>> fromAddresses() {
        return () -> {
            List<ItemVersion> items = new ArrayList<>();
            for (AttributeFolder folder : attributes.folders()) {
                items.add(WorkspaceItems.folder(folder));
                for (BusinessAttribute attribute : attributes.attributes(folder)) {
                    items.add(WorkspaceItems.attribute(attribute, folder));
                    attributes.values(attribute).forEach(value -> items.add(WorkspaceItems.fromAddress(value, attribute)));
                }
            }
            items.add(WorkspaceItems.fromAddressSetting(attributes.fromAttribute()));
            return items;
        };
    }

    /** Every app registration with the mailboxes that sign in through it. */
    Supplier<List<ItemVersion>> registrations() {
        return () -> {
            var links = oauth.links();
            return oauth.registrations().stream().map(registration -> WorkspaceItems.registration(registration, links.values().stream()
                    .filter(link -> link.registrationId() == registration.id())
                    .flatMap(link -> mailboxes.find(link.mailboxId()).map(m -> link.testMailbox()
                            ? org.mailroom.text.Text.get("history.value.testMailbox", m.name()) : m.name()).stream())
                    .sorted().toList())).toList();
        };
    }

    /** Registrations and mailboxes together: registering an app changes both. */
    Supplier<List<ItemVersion>> registrationsAndTheirMailboxes(List<Long> mailboxIds) {
        return () -> {
            List<ItemVersion> items = new ArrayList<>(registrations().get());
            mailboxIds.forEach(id -> items.addAll(mailbox(id)));
            return items;
        };
    }

    private Optional<StoredRegistration> registration(long id) {
        return oauth.registrations().stream().filter(r -> r.id() == id).findFirst();
    }
}
