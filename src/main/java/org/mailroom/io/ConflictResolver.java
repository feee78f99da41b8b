package org.mailroom.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxRules;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.SecretKind;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.io.ImportConflict.Kind;
import org.mailroom.io.ImportConflict.Resolution;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.store.ImportBatch;
import org.mailroom.store.WorkspaceContent;

/** Finds the imported items whose names the workspace already uses, and applies the admin's choices. */
final class ConflictResolver {

    private static final Set<Resolution> ALL = Set.of(Resolution.SKIP, Resolution.REPLACE, Resolution.RENAME);
    private static final Set<Resolution> NO_RENAME = Set.of(Resolution.SKIP, Resolution.REPLACE);

    private final WorkspaceContent current;
    private final Set<String> mailboxNames = new HashSet<>();
    private final Set<String> applicationNames = new HashSet<>();
    private final Set<String> registrationNames = new HashSet<>();
    private final Set<String> valuePaths = new HashSet<>();

    ConflictResolver(WorkspaceContent current) {
        this.current = current;
        current.mailboxes().forEach(m -> mailboxNames.add(key(m.name())));
        current.applications().byId().values().forEach(a -> applicationNames.add(key(a.name())));
        current.registrations().forEach(r -> registrationNames.add(key(r.name())));
        Map<Long, AttributeFolder> folders = new HashMap<>();
        current.folders().forEach(f -> folders.put(f.id(), f));
        Map<Long, BusinessAttribute> attributes = new HashMap<>();
        current.attributes().forEach(a -> attributes.put(a.id(), a));
        for (var value : current.fromAddressValues()) {
            BusinessAttribute attribute = attributes.get(value.attributeId());
            valuePaths.add(key(valuePath(folders.get(attribute.folderId()).name(), attribute.name(), value.address())));
        }
    }

    List<ImportConflict> conflicts(ImportBatch items) {
        List<ImportConflict> conflicts = new ArrayList<>();
        items.mailboxes().stream().map(ImportBatch.MailboxEntry::mailbox).map(this::conflict).flatMap(Optional::stream).forEach(conflicts::add);
        items.applications().stream().filter(a -> applicationNames.contains(key(a.application().name())))
                .forEach(a -> conflicts.add(new ImportConflict(Kind.APPLICATION, a.application().name(), ALL)));
        items.registrations().stream().filter(r -> registrationNames.contains(key(r.registration().name())))
                .forEach(r -> conflicts.add(new ImportConflict(Kind.REGISTRATION, r.registration().name(), ALL)));
        for (ImportBatch.Folder folder : items.folders()) {
            for (ImportBatch.Attribute attribute : folder.attributes()) {
                attribute.values().stream().map(v -> valuePath(folder.name(), attribute.name(), v.address()))
                        .filter(path -> valuePaths.contains(key(path)))
                        .forEach(path -> conflicts.add(new ImportConflict(Kind.FROM_ADDRESS, path, NO_RENAME)));
            }
        }
        return conflicts;
    }

    private Optional<ImportConflict> conflict(Mailbox mailbox) {
        boolean outbound = mailbox instanceof OutboundMailbox;
        boolean taken = outbound ? current.mailboxes().stream().anyMatch(m -> m instanceof OutboundMailbox)
                : mailboxNames.contains(key(mailbox.name()));
        return taken ? Optional.of(new ImportConflict(Kind.MAILBOX, mailbox.name(), outbound ? NO_RENAME : ALL)) : Optional.empty();
    }

    /** The batch to apply: skipped items left out, replaced ones flagged, renamed ones (and references to them) renamed. */
    ImportBatch resolve(ImportBatch items, List<ImportBatch.Secret> secrets, ImportChoices choices) {
        // A renamed item gets a name neither the workspace nor the file uses: a later item of the file
        // must never meet a name made up here (it would conflict without the admin having been asked).
        Set<String> fileApplications = keys(items.applications().stream().map(a -> a.application().name()));
        Set<String> fileRegistrations = keys(items.registrations().stream().map(r -> r.registration().name()));
        Set<String> fileMailboxes = keys(items.mailboxes().stream().map(m -> m.mailbox().name()));
        Map<String, String> appNames = new HashMap<>();
        List<ImportBatch.Application> applications = new ArrayList<>();
        for (ImportBatch.Application item : items.applications()) {
            String name = item.application().name();
            Resolution resolution = choice(choices, Kind.APPLICATION, name, applicationNames, ALL);
            String finalName = resolution == Resolution.RENAME
                    ? freeName(applicationNames, fileApplications, n -> suffixed(name, " (" + n + ")", DigitalApplication.MAX_NAME_LENGTH)) : name;
            appNames.put(key(name), finalName);
            if (resolution != Resolution.SKIP) {
                applications.add(new ImportBatch.Application(item.application().renamed(finalName), resolution == Resolution.REPLACE));
            }
        }
        Map<String, String> registrationNamesAfter = new HashMap<>();
        List<ImportBatch.Registration> registrations = new ArrayList<>();
        for (ImportBatch.Registration item : items.registrations()) {
            AzureAppRegistration r = item.registration();
            Resolution resolution = choice(choices, Kind.REGISTRATION, r.name(), registrationNames, ALL);
            String finalName = resolution == Resolution.RENAME
                    ? freeName(registrationNames, fileRegistrations, n -> suffixed(r.name(), " (" + n + ")", ItemChecks.MAX_REGISTRATION_NAME)) : r.name();
            registrationNamesAfter.put(key(r.name()), resolution == Resolution.SKIP ? null : finalName);
            if (resolution != Resolution.SKIP) {
                registrations.add(new ImportBatch.Registration(new AzureAppRegistration(finalName, r.clientId(), r.tenant(), r.cloud(),
                        r.accountType(), r.grant(), r.protocols()), resolution == Resolution.REPLACE));
            }
        }
        Map<String, String> mailboxNamesAfter = new HashMap<>();
        List<ImportBatch.MailboxEntry> mailboxes = new ArrayList<>();
        for (ImportBatch.MailboxEntry item : items.mailboxes()) {
            Mailbox mailbox = item.mailbox();
            Optional<ImportConflict> conflict = conflict(mailbox);
            Resolution resolution = conflict.map(choices::of).orElse(Resolution.REPLACE);
            if (resolution == Resolution.SKIP) {
                continue;
            }
            if (resolution == Resolution.RENAME) {
                InboundMailbox in = (InboundMailbox) mailbox;
                mailbox = InboundMailbox.draft(freeName(mailboxNames, fileMailboxes, n -> suffixed(in.name(), "_" + n, MailboxRules.MAX_NAME_LENGTH)),
                        in.maxSizeMb(), in.login(), in.endpoint());
            }
            mailboxNamesAfter.put(key(item.mailbox().name()), mailbox.name());
            String application = item.application() == null ? null : appNames.getOrDefault(key(item.application()), item.application());
            String registration = item.registration() == null ? null
                    : registrationNamesAfter.getOrDefault(key(item.registration()), item.registration());
            if (item.registration() != null && registration == null) {
                registration = item.registration(); // skipped in the file: the workspace's registration of that name
            }
            mailboxes.add(new ImportBatch.MailboxEntry(mailbox, application, registration, item.testMailbox(),
                    conflict.isPresent() && resolution == Resolution.REPLACE));
        }
        return new ImportBatch(items.servers(), applications, registrations, mailboxes, resolveValues(items.folders(), choices),
                items.fromAttribute(), secretsFor(secrets, mailboxNamesAfter, registrationNamesAfter),
                renamedKeys(items.lastTests(), mailboxNamesAfter), renamedKeys(items.manifests(), registrationNamesAfter),
                renamedKeys(items.notes(), registrationNamesAfter));
    }

    /** What the file keeps per item, under the item's name after the admin's choices; skipped items' are left out. */
    private static <T> Map<String, T> renamedKeys(Map<String, T> byFileName, Map<String, String> namesAfter) {
        Map<String, T> renamed = new HashMap<>();
        byFileName.forEach((name, value) -> {
            String after = namesAfter.get(name);
            if (after != null) {
                renamed.put(key(after), value);
            }
        });
        return renamed;
    }

    private List<ImportBatch.Folder> resolveValues(List<ImportBatch.Folder> folders, ImportChoices choices) {
        List<ImportBatch.Folder> resolved = new ArrayList<>();
        for (ImportBatch.Folder folder : folders) {
            List<ImportBatch.Attribute> attributes = new ArrayList<>();
            for (ImportBatch.Attribute attribute : folder.attributes()) {
                List<ImportBatch.Value> values = new ArrayList<>();
                for (ImportBatch.Value value : attribute.values()) {
                    String path = valuePath(folder.name(), attribute.name(), value.address());
                    Resolution resolution = choice(choices, Kind.FROM_ADDRESS, path, valuePaths, NO_RENAME);
                    if (resolution != Resolution.SKIP) {
                        values.add(new ImportBatch.Value(value.address(), value.displayName(), valuePaths.contains(key(path))));
                    }
                }
                attributes.add(new ImportBatch.Attribute(attribute.name(), values));
            }
            resolved.add(new ImportBatch.Folder(folder.name(), attributes));
        }
        return resolved;
    }

    /** Secrets follow their owner: renamed with it, dropped when it is skipped (the workspace keeps its own). */
    private static List<ImportBatch.Secret> secretsFor(List<ImportBatch.Secret> secrets, Map<String, String> mailboxes,
                                                       Map<String, String> registrations) {
        List<ImportBatch.Secret> kept = new ArrayList<>();
        for (ImportBatch.Secret secret : secrets) {
            String owner = (secret.kind() == SecretKind.MAILBOX_PASSWORD ? mailboxes : registrations).get(key(secret.owner()));
            if (owner != null) {
                kept.add(new ImportBatch.Secret(secret.kind(), owner, secret.secret()));
            }
        }
        return kept;
    }

    /** The item's resolution when its name is taken; an item without conflict is simply added. */
    private static Resolution choice(ImportChoices choices, Kind kind, String name, Set<String> taken, Set<Resolution> allowed) {
        return taken.contains(key(name)) ? choices.of(new ImportConflict(kind, name, allowed)) : Resolution.REPLACE;
    }

    /** The first of name 2, name 3, ... neither taken yet nor used in the file; it is taken from then on. */
    private static String freeName(Set<String> taken, Set<String> inFile, IntFunction<String> candidate) {
        for (int n = 2; ; n++) {
            String name = candidate.apply(n);
            if (!inFile.contains(key(name)) && taken.add(key(name))) {
                return name;
            }
        }
    }

    private static Set<String> keys(Stream<String> names) {
        return names.map(ConflictResolver::key).collect(Collectors.toSet());
    }

    private static String suffixed(String base, String suffix, int maxLength) {
        return base.substring(0, Math.min(base.length(), maxLength - suffix.length())).strip() + suffix;
    }

    private static String valuePath(String folder, String attribute, String address) {
        return folder + " / " + attribute + " / " + address;
    }

    private static String key(String name) {
        return WorkspaceRules.nameKey(name);
    }
}
