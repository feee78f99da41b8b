package org.mailroom.io;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mailroom.domain.Direction;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.io.ImportValidator.Bound;
import org.mailroom.mail.LastTest;
import org.mailroom.text.Text;

/**
 * What a file carries for the configuration check beside the workspace itself: each mailbox's last connection
 * test and each registration's checked manifest, keyed by the item's name (ids don't survive a file).
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
            String summary = test.summary() == null ? "" : test.summary();
            if (summary.length() > MAX_SUMMARY) {
                summary = summary.substring(0, MAX_SUMMARY);
            }
            // the outbound mailbox may leave out its name: it is always smtp-client
            String name = item.value().name() == null && item.value().direction() == Direction.OUTBOUND ? OutboundMailbox.NAME
                    : item.value().name();
            if (complete && name != null) {
                tests.put(WorkspaceRules.nameKey(name), new LastTest(0, testedAt, test.outcome(), summary));
            }
        }
        return tests;
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
