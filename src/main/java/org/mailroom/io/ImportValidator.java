package org.mailroom.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.mailroom.mail.LastTest;
import org.mailroom.oauth.RegistrationNotes;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.mailroom.store.ImportBatch;
import org.mailroom.text.Text;

/**
 * Second stage of an import: the format and version, then every item's types and domain rules, then
 * the references between items. Every problem is collected; only a file without any becomes a
 * {@link CheckedImport}.
 */
final class ImportValidator {

    static final int MAX_ITEMS = 100_000;
    private static final Set<String> FIELDS = Set.of("format", "version", "servers", "applications", "registrations",
            "mailboxes", "fromAddressFolders", "fromAttribute", "secrets");

    private final ImportReader.Parsed parsed;
    private final Problems problems;
    private final ItemChecks checks;

    private ImportValidator(ImportReader.Parsed parsed) {
        this.parsed = parsed;
        this.problems = new Problems(parsed);
        this.checks = new ItemChecks(problems);
    }

    static CheckedImport validate(ImportReader.Parsed parsed) throws ImportRejectedException {
        return new ImportValidator(parsed).run();
    }

    private CheckedImport run() throws ImportRejectedException {
        JsonNode root = parsed.root();
        if (!root.isObject()) {
            problems.add("", Text.get("io.problem.notWorkspace"));
            throw new ImportRejectedException(problems.list());
        }
        checkFormatAndVersion(root);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems.list());
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add("/" + name, Text.get("io.problem.unknownField", name));
            }
        }
        var servers = checks.servers(items(root, "servers", WorkspaceFile.Server.class));
        var applications = checks.applications(items(root, "applications", WorkspaceFile.Application.class));
        List<Bound<WorkspaceFile.Registration>> registrationItems = items(root, "registrations", WorkspaceFile.Registration.class);
        var registrations = checks.registrations(registrationItems);
        List<Bound<WorkspaceFile.MailboxEntry>> mailboxItems = items(root, "mailboxes", WorkspaceFile.MailboxEntry.class);
        var mailboxes = checks.mailboxes(mailboxItems, servers, applications, registrations);
        Map<String, LastTest> lastTests = CheckExtras.lastTests(problems, mailboxItems);
        Map<String, RegistrationNotes> notes = CheckExtras.notes(problems, registrationItems);
        List<ImportBatch.Folder> folders = checks.folders(items(root, "fromAddressFolders", WorkspaceFile.Folder.class));
        Optional<ImportBatch.AttributeName> fromAttribute = one(root, "fromAttribute", WorkspaceFile.AttributeName.class)
                .flatMap(bound -> checks.fromAttribute(bound, folders));
        Optional<WorkspaceFile.Secrets> secrets = one(root, "secrets", WorkspaceFile.Secrets.class)
                .flatMap(bound -> checks.secrets(bound, mailboxes, registrations));
        if (!problems.isEmpty()) {
            throw new ImportRulesBrokenException(problems.list());
        }
        return new CheckedImport(new ImportBatch(List.copyOf(servers.values()), applications, registrations, mailboxes, folders,
                fromAttribute, List.of(), lastTests, CheckExtras.manifests(registrationItems), notes), secrets);
    }

    private void checkFormatAndVersion(JsonNode root) {
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !WorkspaceFile.FORMAT.equals(format.textValue())) {
            problems.add(format == null ? "" : "/format", Text.get("io.problem.notWorkspace"));
            return;
        }
        JsonNode version = root.get("version");
        if (version != null && version.isIntegralNumber() && !version.canConvertToInt()) {
            problems.add("/version", Text.get("io.problem.unknownVersion", version.bigIntegerValue(), WorkspaceFile.VERSION));
        } else if (version == null || !version.canConvertToExactIntegral() || !version.canConvertToInt()) {
            problems.add(version == null ? "" : "/version", Text.get("io.problem.noVersion"));
        } else if (version.intValue() > WorkspaceFile.VERSION) {
            problems.add("/version", Text.get("io.problem.newerVersion", version.intValue(), WorkspaceFile.VERSION));
        } else if (version.intValue() < WorkspaceFile.FIRST_VERSION) {
            problems.add("/version", Text.get("io.problem.unknownVersion", version.intValue(), WorkspaceFile.VERSION));
        }
    }

    /** A bound item and the JSON Pointer it came from. */
    record Bound<T>(String pointer, T value) {

        String at(String field) {
            return pointer + "/" + field;
        }
    }

    private <T> List<Bound<T>> items(JsonNode root, String field, Class<T> type) {
        JsonNode list = root.get(field);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            problems.add("/" + field, Text.get("io.problem.list"));
            return List.of();
        }
        if (list.size() > MAX_ITEMS) {
            problems.add("/" + field, Text.get("io.problem.tooMany", MAX_ITEMS));
            return List.of();
        }
        List<Bound<T>> bound = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/" + field + "/" + i;
            if (list.get(i).isNull()) {
                problems.add(pointer, Text.get("io.problem.object"));
            } else {
                problems.bind(list.get(i), pointer, type).ifPresent(value -> bound.add(new Bound<>(pointer, value)));
            }
        }
        return bound;
    }

    private <T> Optional<Bound<T>> one(JsonNode root, String field, Class<T> type) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return problems.bind(node, "/" + field, type).map(value -> new Bound<>("/" + field, value));
    }

    /** Adds a problem for each name used twice (compared by {@code key}: ignoring case), at the later one. */
    static <T> void refuseDuplicates(Problems problems, List<Bound<T>> items, Function<T, String> name,
                                     UnaryOperator<String> key, String field, String messageKey) {
        Set<String> seen = new HashSet<>();
        for (Bound<T> item : items) {
            String value = name.apply(item.value());
            if (value != null && !seen.add(key.apply(value.strip()))) {
                problems.add(item.at(field), Text.get(messageKey, value));
            }
        }
    }
}
