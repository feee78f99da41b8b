package org.mailroom.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mailroom.domain.Direction;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.io.ImportValidator.Bound;
import org.mailroom.mail.LastTest;
import org.mailroom.oauth.RegistrationNotes;
import org.mailroom.text.Text;

/**
 * What a file carries for the configuration check beside the workspace itself: each mailbox's last connection
 * test, each registration's checked manifest and what the admin recorded about it, keyed by the item's name (ids
 * don't survive a file).
 */
final class CheckExtras {

    /** Longer than any test summary Mailroom writes, as long as the workspace keeps. */
    static final int MAX_SUMMARY = 1000;

    private CheckExtras() {
    }

    static Map<String, LastTest> lastTests(Problems problems, List<Bound<WorkspaceFile.MailboxEntry>> items) {
        Map<String, LastTest> tests = new HashMap<>();
        for (Bound<WorkspaceFile.MailboxEntry> item : items) {
            WorkspaceFile.TestResult test = item.value().lastTest();
            if (test == null) {
                continue;
            }
            String at = item.at("lastTest");
            boolean complete = problems.require(at + "/testedAt", test.testedAt()) & problems.require(at + "/outcome", test.outcome());
            Instant testedAt = null;
            if (test.testedAt() != null) {
                try {
                    testedAt = Instant.parse(test.testedAt());
                } catch (DateTimeParseException e) {
                    problems.add(at + "/testedAt", Text.get("io.problem.testedAt", test.testedAt()));
                    complete = false;
                }
            }
            Instant notAfter = null;
            if (test.certificateNotAfter() != null) {
                try {
                    notAfter = Instant.parse(test.certificateNotAfter());
                } catch (DateTimeParseException e) {
                    problems.add(at + "/certificateNotAfter", Text.get("io.problem.certificateNotAfter", test.certificateNotAfter()));
                    complete = false;
                }
            }
            String subject = test.certificateSubject() == null || test.certificateSubject().length() <= MAX_SUMMARY
                    ? test.certificateSubject() : test.certificateSubject().substring(0, MAX_SUMMARY);
            String summary = test.summary() == null ? "" : test.summary();
            if (summary.length() > MAX_SUMMARY) {
                summary = summary.substring(0, MAX_SUMMARY);
            }
            // the outbound mailbox may leave out its name: it is always smtp-client
            String name = item.value().name() == null && item.value().direction() == Direction.OUTBOUND ? OutboundMailbox.NAME
                    : item.value().name();
            if (complete && name != null) {
                tests.put(WorkspaceRules.nameKey(name), new LastTest(0, testedAt, test.outcome(), summary, notAfter == null ? null : subject,
                        notAfter));
            }
        }
        return tests;
    }

    /** Longer than any checklist item key (a mailbox address and the item's name). */
    static final int MAX_CHECKLIST_ITEM = 400;
    private static final java.util.regex.Pattern GUID = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Ticked checklist items, confirmed permission ids and the secret's expiry of each registration, by name key. */
    static Map<String, RegistrationNotes> notes(Problems problems, List<Bound<WorkspaceFile.Registration>> items) {
        Map<String, RegistrationNotes> notes = new HashMap<>();
        for (Bound<WorkspaceFile.Registration> item : items) {
            WorkspaceFile.Registration r = item.value();
            Set<String> ticked = new HashSet<>();
            List<String> checklist = r.checklist() == null ? List.of() : r.checklist();
            for (int i = 0; i < checklist.size(); i++) {
                String key = checklist.get(i);
                if (key == null || key.isBlank() || key.length() > MAX_CHECKLIST_ITEM) {
                    problems.add(item.at("checklist/" + i), Text.get("io.problem.checklistItem", MAX_CHECKLIST_ITEM));
                } else {
                    ticked.add(key);
                }
            }
            Map<String, String> ids = new HashMap<>();
            if (r.confirmedPermissionIds() != null) {
                r.confirmedPermissionIds().forEach((permission, id) -> {
                    if (id == null || !GUID.matcher(id.strip()).matches() || permission.isBlank() || permission.length() > 64) {
                        problems.add(item.at("confirmedPermissionIds/" + permission), Text.get("io.problem.permissionId", String.valueOf(id)));
                    } else {
                        ids.put(permission, id.strip().toLowerCase(java.util.Locale.ROOT));
                    }
                });
            }
            LocalDate expires = null;
            if (r.secretExpires() != null) {
                try {
                    expires = LocalDate.parse(r.secretExpires());
                } catch (DateTimeParseException e) {
                    problems.add(item.at("secretExpires"), Text.get("io.problem.secretExpires", r.secretExpires()));
                }
            }
            RegistrationNotes found = new RegistrationNotes(ticked, ids, expires);
            if (r.name() != null && !found.isEmpty()) {
                notes.put(WorkspaceRules.nameKey(r.name()), found);
            }
        }
        return notes;
    }

    static Map<String, String> manifests(List<Bound<WorkspaceFile.Registration>> items) {
        Map<String, String> manifests = new HashMap<>();
        for (Bound<WorkspaceFile.Registration> item : items) {
            if (item.value().manifest() != null && item.value().name() != null) {
                manifests.put(WorkspaceRules.nameKey(item.value().name()), item.value().manifest());
            }
        }
        return manifests;
    }
}
