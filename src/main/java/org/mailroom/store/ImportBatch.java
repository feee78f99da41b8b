package org.mailroom.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.SecretKind;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.mail.LastTest;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.RegistrationNotes;

/**
 * Checked items to bring into a workspace, with conflicts already decided: every item is added, or
 * replaces the existing item of the same name when its {@code replace} flag is set; skipped items are
 * simply absent. References are by name (servers by endpoint), resolved when applied.
 *
 * @param lastTests each mailbox's last connection test as the file has it, by {@link WorkspaceRules#nameKey} of the
 *                  Mailbox Name (the mailbox id in them is 0); stored with the mailbox so the badge sees them
 * @param manifests the manifest checked in the wizard, by name key of the app registration
 * @param notes     what the admin recorded about each app registration (ticks, confirmed ids, secret expiry), by name key
 */
public record ImportBatch(List<MailServer> servers, List<Application> applications, List<Registration> registrations,
                          List<MailboxEntry> mailboxes, List<Folder> folders, Optional<AttributeName> fromAttribute,
                          List<Secret> secrets, Map<String, LastTest> lastTests, Map<String, String> manifests,
                          Map<String, RegistrationNotes> notes) {

    public ImportBatch {
        servers = List.copyOf(servers);
        applications = List.copyOf(applications);
        registrations = List.copyOf(registrations);
        mailboxes = List.copyOf(mailboxes);
        folders = List.copyOf(folders);
        secrets = List.copyOf(secrets);
        lastTests = Map.copyOf(lastTests);
        manifests = Map.copyOf(manifests);
        notes = Map.copyOf(notes);
    }

    /** Items without last tests or manifests. */
    public ImportBatch(List<MailServer> servers, List<Application> applications, List<Registration> registrations,
                       List<MailboxEntry> mailboxes, List<Folder> folders, Optional<AttributeName> fromAttribute, List<Secret> secrets) {
        this(servers, applications, registrations, mailboxes, folders, fromAttribute, secrets, Map.of(), Map.of(), Map.of());
    }

    public record Application(DigitalApplication application, boolean replace) {
    }

    public record Registration(AzureAppRegistration registration, boolean replace) {
    }

    /** @param application its Digital application's name, or null; @param registration its OAuth registration's name, or null */
    public record MailboxEntry(Mailbox mailbox, String application, String registration, boolean testMailbox, boolean replace) {
    }

    /** Folders and attributes of the same name are merged; values are added or replace one of the same address. */
    public record Folder(String name, List<Attribute> attributes) {
    }

    public record Attribute(String name, List<Value> values) {
    }

    public record Value(String address, String displayName, boolean replace) {
    }

    public record AttributeName(String folder, String attribute) {
    }

    /** A secret for the mailbox or registration of that name; saved sealed by the import's {@link SecretSealer}. */
    public record Secret(SecretKind kind, String owner, char[] secret) {

        @Override
        public String toString() {
            return kind + " of " + owner;
        }
    }
}
