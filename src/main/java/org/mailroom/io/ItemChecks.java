package org.mailroom.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Endpoint;
import org.mailroom.domain.Field;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxRules;
import org.mailroom.domain.Names;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Violation;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.io.ImportValidator.Bound;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.RegistrationRules;
import org.mailroom.store.ImportBatch;
import org.mailroom.text.Text;

/**
 * The domain rules for each imported item, through the same checks the forms use, each problem placed
 * at the field it concerns; then uniqueness and the references between items.
 */
final class ItemChecks {

    static final int MAX_REF_LENGTH = 64;
    /** As long as the workspace column. */
    static final int MAX_REGISTRATION_NAME = RegistrationRules.MAX_NAME_LENGTH;
    /** Where in a server entry each field's problem goes. */
    private static final Map<Field, String> SERVER_FIELDS = Map.of(Field.HOST, "host", Field.PORT, "port",
            Field.PROTOCOL, "protocol", Field.SECURITY, "security");

    private final Problems problems;
    private final FromAddressChecks fromAddresses;
    /** Names (by name key) and server refs of items refused above: a reference to one is an echo, not news. */
    private final Set<String> refused = new HashSet<>();
    /** References to refused items: not reported, but the referring item is not valid either. */
    private int echoes;

    ItemChecks(Problems problems) {
        this.problems = problems;
        this.fromAddresses = new FromAddressChecks(problems);
    }

    /** Servers by their ref. */
    Map<String, MailServer> servers(List<Bound<WorkspaceFile.Server>> items) {
        Map<String, MailServer> byRef = new LinkedHashMap<>();
        Set<String> endpoints = new HashSet<>();
        for (Bound<WorkspaceFile.Server> item : items) {
            WorkspaceFile.Server s = item.value();
            boolean complete = problems.require(item.at("ref"), s.ref()) & problems.require(item.at("host"), s.host())
                    & problems.require(item.at("port"), s.port()) & problems.require(item.at("protocol"), s.protocol())
                    & problems.require(item.at("security"), s.security());
            if (s.ref() != null && s.ref().length() > MAX_REF_LENGTH) {
                problems.add(item.at("ref"), Text.get("io.problem.refTooLong", MAX_REF_LENGTH));
                complete = false;
            }
            if (s.ref() != null && byRef.containsKey(s.ref())) {
                problems.add(item.at("ref"), Text.get("io.problem.duplicateRef", s.ref()));
                complete = false;
            }
            List<Violation> violations = complete ? MailServer.check(s.host(), s.port(), s.protocol(), s.security()) : List.of();
            violations.forEach(v -> problems.add(item.at(SERVER_FIELDS.getOrDefault(v.field(), "host")), v));
            if (!complete || !violations.isEmpty()) {
                refuse("server", s.ref());
                continue;
            }
            MailServer server = MailServer.draft(s.host(), s.port(), s.protocol(), s.security());
            if (!endpoints.add(server.endpointKey())) {
                problems.add(item.pointer(), Text.get("io.problem.duplicateServer", server.label()));
            }
            byRef.put(s.ref(), server);
        }
        return byRef;
    }

    List<ImportBatch.Application> applications(List<Bound<WorkspaceFile.Application>> items) {
        ImportValidator.refuseDuplicates(problems, items, WorkspaceFile.Application::name, WorkspaceRules::nameKey, "name",
                "io.problem.duplicateApplication");
        List<ImportBatch.Application> valid = new ArrayList<>();
        for (Bound<WorkspaceFile.Application> item : items) {
            Optional<Violation> violation = DigitalApplication.checkName(item.value().name());
            violation.ifPresent(v -> problems.add(item.at("name"), v));
            violation.ifPresent(v -> refuse("application", item.value().name()));
            if (violation.isEmpty()) {
                boolean enabled = Boolean.TRUE.equals(item.value().streamEnabled());
                valid.add(new ImportBatch.Application(new DigitalApplication(0, item.value().name(), enabled), false));
            }
        }
        return valid;
    }

    List<ImportBatch.Registration> registrations(List<Bound<WorkspaceFile.Registration>> items) {
        ImportValidator.refuseDuplicates(problems, items, WorkspaceFile.Registration::name, WorkspaceRules::nameKey, "name",
                "io.problem.duplicateRegistration");
        List<ImportBatch.Registration> valid = new ArrayList<>();
        for (Bound<WorkspaceFile.Registration> item : items) {
            WorkspaceFile.Registration r = item.value();
            if (r.name() != null && Names.normalize(r.name()).length() > MAX_REGISTRATION_NAME) {
                problems.add(item.at("name"), Text.get("io.problem.nameTooLong", MAX_REGISTRATION_NAME));
                refuse("registration", r.name());
                continue;
            }
            AzureAppRegistration registration = new AzureAppRegistration(r.name(), r.clientId(), r.tenant(), r.cloud(),
                    r.accountType(), r.grant(), r.protocols() == null ? null : new HashSet<>(r.protocols())).normalized();
            List<Violation> errors = RegistrationRules.check(registration).errors();
            errors.forEach(v -> problems.add(item.pointer(), v));
            if (r.accountType() == null) {
                problems.add(item.at("accountType"), Text.get("io.problem.required"));
            }
            if (r.accountType() != null && errors.isEmpty()) {
                valid.add(new ImportBatch.Registration(registration, false));
            } else {
                refuse("registration", r.name());
            }
        }
        return valid;
    }

    List<ImportBatch.MailboxEntry> mailboxes(List<Bound<WorkspaceFile.MailboxEntry>> items, Map<String, MailServer> servers,
                                             List<ImportBatch.Application> applications, List<ImportBatch.Registration> registrations) {
        List<ImportBatch.MailboxEntry> valid = new ArrayList<>();
        WorkspaceRules rules = WorkspaceRules.of(List.of());
        for (Bound<WorkspaceFile.MailboxEntry> item : items) {
            WorkspaceFile.MailboxEntry m = item.value();
            if (!problems.require(item.at("direction"), m.direction())) {
                continue;
            }
            rules.checkDirection(m.direction()).ifPresent(v -> problems.add(item.at("direction"), v));
            Optional<Mailbox> mailbox = m.direction() == Direction.INBOUND ? inbound(item, servers) : outbound(item, servers);
            mailbox.flatMap(built -> rules.checkName(built.name())).ifPresent(v -> problems.add(item.at("name"), v));
            rules.add(mailbox.map(Mailbox::name).orElse(null), m.direction());
            boolean known = checkReference(item.at("application"), m.application(),
                    applications.stream().map(a -> a.application().name()).toList(), "application", "io.problem.unknownApplication");
            String registration = m.oauth() == null ? null : m.oauth().registration();
            if (m.oauth() != null && problems.require(item.at("oauth") + "/registration", registration)) {
                    known &= checkReference(item.at("oauth") + "/registration", registration,
                        registrations.stream().map(r -> r.registration().name()).toList(), "registration", "io.problem.unknownRegistration");
            }
            if (mailbox.isPresent() && known) {
                boolean test = m.oauth() != null && Boolean.TRUE.equals(m.oauth().testMailbox());
                valid.add(new ImportBatch.MailboxEntry(mailbox.get(), m.application(), registration, test, false));
            }
        }
        return valid;
    }

    private Optional<Mailbox> inbound(Bound<WorkspaceFile.MailboxEntry> item, Map<String, MailServer> servers) {
        WorkspaceFile.MailboxEntry m = item.value();
        int before = problems.count() + echoes;
        MailboxRules.checkName(m.name()).ifPresent(v -> problems.add(item.at("name"), v));
        if (problems.require(item.at("maxSizeMb"), m.maxSizeMb())) {
            MailboxRules.checkMaxSize(m.maxSizeMb()).ifPresent(v -> problems.add(item.at("maxSizeMb"), v));
        }
        if (m.fromAddress() != null) {
            problems.add(item.at("fromAddress"), Text.get("io.problem.outboundOnly"));
        }
        Endpoint endpoint = endpoint(item, servers, Direction.INBOUND);
        MailboxRules.checkLogin(m.login(), endpoint).ifPresent(v -> problems.add(item.at("login"), v));
        return problems.count() + echoes == before
                ? Optional.of(InboundMailbox.draft(m.name(), m.maxSizeMb(), m.login(), endpoint))
                : Optional.empty();
    }

    private Optional<Mailbox> outbound(Bound<WorkspaceFile.MailboxEntry> item, Map<String, MailServer> servers) {
        WorkspaceFile.MailboxEntry m = item.value();
        int before = problems.count() + echoes;
        if (m.name() != null && !OutboundMailbox.NAME.equals(m.name())) {
            problems.add(item.at("name"), Text.get("io.problem.outboundName", OutboundMailbox.NAME));
        }
        if (m.maxSizeMb() != null) {
            problems.add(item.at("maxSizeMb"), Text.get("io.problem.inboundOnly"));
        }
        MailboxRules.checkFromAddress(m.fromAddress()).ifPresent(v -> problems.add(item.at("fromAddress"), v));
        Endpoint endpoint = endpoint(item, servers, Direction.OUTBOUND);
        MailboxRules.checkLogin(m.login(), endpoint).ifPresent(v -> problems.add(item.at("login"), v));
        return problems.count() + echoes == before
                ? Optional.of(OutboundMailbox.draft(m.fromAddress(), m.login(), endpoint))
                : Optional.empty();
    }

    /** A server entry for POP3, IMAP and SMTP (and for every mailbox of a version 1 file, which names no kind). */
    private Endpoint endpoint(Bound<WorkspaceFile.MailboxEntry> item, Map<String, MailServer> servers, Direction direction) {
        MailboxKind kind = item.value().kind();
        if (kind != null && !kind.usesMailServer()) {
            return WebApiEntries.endpoint(problems, item, direction);
        }
        WebApiEntries.notFor(problems, item, "ewsUrl", item.value().ewsUrl(), kind == null ? MailboxKind.IMAP : kind);
        WebApiEntries.notFor(problems, item, "folderPath", item.value().folderPath(), kind == null ? MailboxKind.IMAP : kind);
        WebApiEntries.notFor(problems, item, "cloud", item.value().cloud(), kind == null ? MailboxKind.IMAP : kind);
        MailServer server = server(item, servers, direction);
        if (server != null && kind != null && server.kind() != kind) {
            problems.add(item.at("kind"), Text.get("io.problem.kindOfServer", Text.of(kind), Text.of(server.kind())));
            return null;
        }
        return server;
    }

    private MailServer server(Bound<WorkspaceFile.MailboxEntry> item, Map<String, MailServer> servers, Direction direction) {
        String ref = item.value().server();
        if (!problems.require(item.at("server"), ref)) {
            return null;
        }
        MailServer server = servers.get(ref);
        if (server == null) {
            if (!refused.contains("server " + ref)) {
                problems.add(item.at("server"), Text.get("io.problem.unknownServer", ref));
            } else {
                echoes++;
            }
            return null;
        }
        MailboxRules.checkEndpoint(server, direction).ifPresent(v -> problems.add(item.at("server"), v));
        return server;
    }

    private boolean checkReference(String pointer, String name, List<String> names, String kind, String messageKey) {
        if (name == null || names.stream().anyMatch(n -> WorkspaceRules.sameName(n, name.strip()))) {
            return true;
        }
        if (refused.contains(kind + " " + WorkspaceRules.nameKey(name.strip()))) {
            echoes++; // the item itself was refused above, with the cause: saying so again per reference is noise
        } else {
            problems.add(pointer, Text.get(messageKey, name));
        }
        return false;
    }

    private void refuse(String kind, String name) {
        if (name != null) {
            refused.add(kind + " " + (kind.equals("server") ? name : WorkspaceRules.nameKey(name.strip())));
        }
    }

    List<ImportBatch.Folder> folders(List<Bound<WorkspaceFile.Folder>> items) {
        return fromAddresses.folders(items);
    }

    Optional<ImportBatch.AttributeName> fromAttribute(Bound<WorkspaceFile.AttributeName> bound, List<ImportBatch.Folder> folders) {
        return fromAddresses.fromAttribute(bound, folders);
    }

    Optional<WorkspaceFile.Secrets> secrets(Bound<WorkspaceFile.Secrets> bound, List<ImportBatch.MailboxEntry> mailboxes,
                                            List<ImportBatch.Registration> registrations) {
        return ExportSecrets.check(problems, bound, mailboxes, registrations);
    }
}
