package org.mailroom.service;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
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
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.history.HistoryEntry;
import org.mailroom.history.ItemVersion;
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
import org.mailroom.text.Text;

/**
 * "Restore this version": brings an item back to a version from its history, in one transaction that the history
 * records like any change. The workspace's rules decide as for an edit: a name taken meanwhile, a server or
 * application that is gone, refuse it with a sentence and change nothing. Passwords and client secrets are never
 * in the history, so they are not restored; nor is how a mailbox signs in (the app registration keeps its links).
 */
public final class HistoryRestore {

    private final ChangeHistory history;
    private final WorkspaceEvents events;
    private final MailServerStore servers;
    private final MailboxStore mailboxes;
    private final ApplicationStore applications;
    private final BusinessAttributeStore attributes;
    private final OAuthStore oauth;

    public HistoryRestore(WorkspaceDatabase database, ChangeHistory history, WorkspaceEvents events) {
        this.history = history;
        this.events = events;
        this.servers = new MailServerStore(database);
        this.mailboxes = new MailboxStore(database, servers);
        this.applications = new ApplicationStore(database);
        this.attributes = new BusinessAttributeStore(database);
        this.oauth = new OAuthStore(database);
    }

    /** Restores the version the entry shows; refused in words when the workspace's rules refuse it. */
    public void restore(HistoryEntry entry) {
        ItemVersion version = entry.restorable().orElseThrow();
        history.change(history::everything, () -> {
            switch (version.type()) {
                case MAIL_SERVER -> restoreServer(version);
                case MAILBOX -> restoreMailbox(version);
                case APPLICATION -> restoreApplication(version);
                case FOLDER -> folderNamed(version.name()).orElseGet(() -> attributes.addFolder(AttributeFolder.draft(version.name())));
                case ATTRIBUTE -> restoreAttribute(version);
                case FROM_ADDRESS -> restoreFromAddress(version);
                case REGISTRATION -> restoreRegistration(version);
                case SETTING -> attributeNamed(version.field("value"))
                        .ifPresent(attributes::chooseFromAttribute);
            }
            return version;
        });
        events.changed();
    }

    private void restoreServer(ItemVersion version) {
        MailServer restored = new MailServer(version.id(), version.field("host"), Integer.parseInt(version.field("port")),
                Protocol.valueOf(version.field("protocol")), labelled(ConnectionSecurity.values(), ConnectionSecurity::label,
                version.field("security")));
        if (servers.find(version.id()).isPresent()) {
            servers.update(restored);
        } else {
            servers.add(restored.withId(0));
        }
    }

    private void restoreMailbox(ItemVersion version) {
        MailServer server = servers.findAll().stream().filter(s -> s.label().equals(version.field("server"))).findFirst()
                .orElseThrow(() -> new RestoreRefusedException("history.restore.serverGone", version.name(), version.field("server")));
        boolean exists = mailboxes.find(version.id()).isPresent();
        long id = exists ? version.id() : 0;
        Mailbox mailbox = version.name().equals(OutboundMailbox.NAME)
                ? new OutboundMailbox(id, version.field("fromAddress"), version.field("login"), server)
                : new InboundMailbox(id, version.name(), Integer.parseInt(version.field("maxSize")), version.field("login"), server);
        Optional<DigitalApplication> application = version.field("application").isEmpty() ? Optional.empty()
                : Optional.of(applications.findAll().byId().values().stream().filter(a -> a.name().equals(version.field("application")))
                        .findFirst().orElseThrow(() -> new RestoreRefusedException("history.restore.applicationGone", version.name(),
                                version.field("application"))));
        Mailbox stored;
        if (exists) {
            stored = mailboxes.update(mailbox);
        } else {
            WorkspaceRules rules = WorkspaceRules.of(mailboxes.findAll());
            rules.checkDirection(mailbox.direction()).or(() -> rules.checkName(mailbox.name())).ifPresent(RuleViolationException::throwFor);
            stored = mailboxes.add(mailbox);
        }
        applications.assign(stored, application.orElse(null));
    }

    private void restoreApplication(ItemVersion version) {
        boolean enabled = version.field("stream").equals(Text.get("history.value.enabled"));
        if (applications.find(version.id()).isPresent()) {
            applications.update(new DigitalApplication(version.id(), version.name(), enabled));
        } else {
            DigitalApplication added = applications.add(DigitalApplication.draft(version.name()));
            applications.update(added.withStream(enabled));
        }
    }

    private void restoreAttribute(ItemVersion version) {
        AttributeFolder folder = folderNamed(version.field("folder"))
                .orElseThrow(() -> new RestoreRefusedException("history.restore.folderGone", version.name(), version.field("folder")));
        if (attributes.attributes(folder).stream().noneMatch(a -> a.name().equals(version.field("attribute")))) {
            attributes.addAttribute(BusinessAttribute.draft(folder.id(), version.field("attribute")));
        }
    }

    private void restoreFromAddress(ItemVersion version) {
        BusinessAttribute attribute = attributeNamed(version.field("attribute")).orElseThrow(() ->
                new RestoreRefusedException("history.restore.attributeGone", version.name(), version.field("attribute")));
        Optional<FromAddress> existing = attributes.values(attribute).stream().filter(v -> v.id() == version.id()).findFirst();
        if (existing.isPresent()) {
            attributes.updateDisplayName(existing.get().withDisplayName(version.field("displayName")));
        } else {
            attributes.addValue(FromAddress.draft(attribute.id(), version.field("address"), version.field("displayName")));
        }
    }

    private void restoreRegistration(ItemVersion version) {
        Set<OAuthProtocol> protocols = EnumSet.noneOf(OAuthProtocol.class);
        Stream.of(version.field("protocols").split(", ")).filter(p -> !p.isBlank()).forEach(p -> protocols.add(OAuthProtocol.valueOf(p)));
        AzureAppRegistration registration = new AzureAppRegistration(version.name(), version.field("clientId"), version.field("tenant"),
                labelled(Cloud.values(), Text::of, version.field("cloud")), labelled(AccountType.values(), Text::of, version.field("accountType")),
                labelled(GrantType.values(), Text::of, version.field("grant")), protocols);
        boolean exists = oauth.registrations().stream().map(StoredRegistration::id).anyMatch(id -> id == version.id());
        oauth.save(exists ? version.id() : 0, registration);
    }

    private Optional<AttributeFolder> folderNamed(String name) {
        return attributes.folders().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private Optional<BusinessAttribute> attributeNamed(String name) {
        return attributes.folders().stream().flatMap(f -> attributes.attributes(f).stream()).filter(a -> a.name().equals(name)).findFirst();
    }

    /** The constant shown with this label (history keeps what the admin read, not the constant). */
    private static <E> E labelled(E[] values, Function<E, String> label, String shown) {
        return Stream.of(values).filter(value -> label.apply(value).equals(shown)).findFirst()
                .orElseThrow(() -> new RestoreRefusedException("history.restore.unknownValue", shown));
    }
}
