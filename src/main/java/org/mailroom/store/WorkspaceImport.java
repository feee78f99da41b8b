package org.mailroom.store;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.SecretKind;
import org.mailroom.domain.SecretRef;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.mail.LastTest;
import org.mailroom.oauth.StoredRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies an {@link ImportBatch} in one transaction: either every item is in the workspace afterwards
 * or, on any failure, none is. Reuses the stores, whose calls join the transaction
 * ({@link WorkspaceDatabase#inTransaction}).
 */
public final class WorkspaceImport {

    /** How many items the import added and replaced, and how many secrets it saved. */
    public record Report(int added, int replaced, int secretsSaved) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceImport.class);

    private final WorkspaceDatabase database;
    private final MailServerStore servers;
    private final MailboxStore mailboxes;
    private final ApplicationStore applications;
    private final OAuthStore oauth;
    private final BusinessAttributeStore attributes;
    private final VaultStore vault;
    private final TestResultStore testResults;
    private final RegistrationNotesStore notes;
    private int added;
    private int replaced;

    public WorkspaceImport(WorkspaceDatabase database) {
        this.database = database;
        this.servers = new MailServerStore(database);
        this.mailboxes = new MailboxStore(database, servers);
        this.applications = new ApplicationStore(database);
        this.oauth = new OAuthStore(database);
        this.attributes = new BusinessAttributeStore(database);
        this.vault = new VaultStore(database);
        this.testResults = new TestResultStore(database);
        this.notes = new RegistrationNotesStore(database);
    }

    /** @param sealer seals the batch's secrets under the vault key; null to save none */
    public synchronized Report apply(ImportBatch batch, SecretSealer sealer) {
        added = 0;
        replaced = 0;
        Report report = database.inTransaction(() -> applyAll(batch, sealer));
        LOG.info("Import applied: {} added, {} replaced, {} secrets saved", report.added(), report.replaced(),
                report.secretsSaved());
        return report;
    }

    private Report applyAll(ImportBatch batch, SecretSealer sealer) {
        WorkspaceContent before = WorkspaceContent.read(database);
        Map<String, MailServer> serversByEndpoint = new HashMap<>();
        before.servers().forEach(s -> serversByEndpoint.put(endpoint(s), s));
        for (MailServer server : batch.servers()) {
            serversByEndpoint.computeIfAbsent(endpoint(server), key -> count(servers.add(server)));
        }
        Map<String, DigitalApplication> applicationsByName = byName(before.applications().byId().values(), DigitalApplication::name);
        for (ImportBatch.Application item : batch.applications()) {
            DigitalApplication existing = applicationsByName.get(key(item.application().name()));
            DigitalApplication saved = item.replace() && existing != null
                    ? replaced(applications.update(new DigitalApplication(existing.id(), item.application().name(),
                            item.application().streamEnabled())))
                    : count(applications.add(item.application()));
            applicationsByName.put(key(saved.name()), saved);
        }
        Map<String, StoredRegistration> registrationsByName = byName(before.registrations(), StoredRegistration::name);
        for (ImportBatch.Registration item : batch.registrations()) {
            StoredRegistration existing = registrationsByName.get(key(item.registration().name()));
            long id = item.replace() && existing != null ? existing.id() : 0;
            StoredRegistration saved = oauth.save(id, item.registration());
            registrationsByName.put(key(saved.name()), id == 0 ? count(saved) : replaced(saved));
            // what the file checked replaces what the workspace had checked: the badge then finds what check FILE finds
            oauth.replaceManifest(saved, batch.manifests().get(key(saved.name())));
            notes.replace(saved.id(), batch.notes().get(key(saved.name())));
        }
        Map<String, Mailbox> mailboxesByName = byName(before.mailboxes(), Mailbox::name);
        for (ImportBatch.MailboxEntry item : batch.mailboxes()) {
            Mailbox withServer = onStoredServer(item.mailbox(), serversByEndpoint);
            Mailbox existing = mailboxesByName.get(key(withServer.name()));
            Mailbox saved = item.replace() && existing != null
                    ? replaced(mailboxes.update(renamedTo(withServer.withId(existing.id()), existing.name())))
                    : count(mailboxes.add(withServer));
            mailboxesByName.put(key(saved.name()), saved);
            LastTest test = batch.lastTests().get(key(saved.name()));
            testResults.replace(saved.id(), test == null ? null : test.forMailbox(saved.id()));
            applications.assign(saved, item.application() == null ? null : applicationsByName.get(key(item.application())));
            StoredRegistration registration = item.registration() == null ? null : registrationsByName.get(key(item.registration()));
            oauth.link(saved, registration, item.testMailbox());
        }
        importFromAddresses(batch);
        int secrets = 0;
        if (sealer != null) {
            for (ImportBatch.Secret secret : batch.secrets()) {
                long owner = secret.kind() == SecretKind.MAILBOX_PASSWORD
                        ? mailboxesByName.get(key(secret.owner())).id()
                        : registrationsByName.get(key(secret.owner())).id();
                SecretRef ref = new SecretRef(secret.kind(), owner);
                vault.saveSealed(ref, sealer.seal(ref, secret.secret()));
                secrets++;
            }
        }
        return new Report(added, replaced, secrets);
    }

    private void importFromAddresses(ImportBatch batch) {
        Map<String, AttributeFolder> folders = byName(attributes.folders(), AttributeFolder::name);
        Map<String, BusinessAttribute> attributesByPath = new HashMap<>();
        for (ImportBatch.Folder item : batch.folders()) {
            AttributeFolder folder = folders.computeIfAbsent(key(item.name()), k -> count(attributes.addFolder(AttributeFolder.draft(item.name()))));
            Map<String, BusinessAttribute> held = byName(attributes.attributes(folder), BusinessAttribute::name);
            for (ImportBatch.Attribute attributeItem : item.attributes()) {
                BusinessAttribute attribute = held.computeIfAbsent(key(attributeItem.name()),
                        k -> count(attributes.addAttribute(BusinessAttribute.draft(folder.id(), attributeItem.name()))));
                attributesByPath.put(key(item.name()) + "/" + key(attributeItem.name()), attribute);
                Map<String, FromAddress> values = byName(attributes.values(attribute), FromAddress::address);
                for (ImportBatch.Value value : attributeItem.values()) {
                    FromAddress existing = values.get(key(value.address()));
                    if (existing != null && value.replace()) {
                        replaced(attributes.updateDisplayName(existing.withDisplayName(value.displayName())));
                    } else {
                        count(attributes.addValue(FromAddress.draft(attribute.id(), value.address(), value.displayName())));
                    }
                }
            }
        }
        // the batch always holds the folders of its chosen attribute (the import checks so), so it is found here
        batch.fromAttribute().map(name -> attributesByPath.get(key(name.folder()) + "/" + key(name.attribute())))
                .ifPresent(attributes::chooseFromAttribute);
    }

    /** A POP3, IMAP or SMTP mailbox on the stored entry of its server; EWS and Graph mailboxes carry their endpoint. */
    private static Mailbox onStoredServer(Mailbox mailbox, Map<String, MailServer> serversByEndpoint) {
        return mailbox.mailServer().<Mailbox>map(server -> mailbox.withEndpoint(serversByEndpoint.get(endpoint(server))))
                .orElse(mailbox);
    }

    /** An update keeps the stored name's case: names are set once and compared ignoring case. */
    private static Mailbox renamedTo(Mailbox mailbox, String storedName) {
        if (mailbox instanceof InboundMailbox in) {
            return new InboundMailbox(in.id(), storedName, in.maxSizeMb(), in.login(), in.endpoint());
        }
        return mailbox;
    }

    private static String endpoint(MailServer server) {
        return server.host().toLowerCase(Locale.ROOT) + ":" + server.port() + "/" + server.protocol() + "/" + server.security().name();
    }

    private static String key(String name) {
        return WorkspaceRules.nameKey(name);
    }

    private static <T> Map<String, T> byName(Iterable<T> items, Function<T, String> name) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.put(key(name.apply(item)), item));
        return map;
    }

    private <T> T count(T item) {
        added++;
        return item;
    }

    private <T> T replaced(T item) {
        replaced++;
        return item;
    }
}
