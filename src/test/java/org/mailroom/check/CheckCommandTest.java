package org.mailroom.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.check.TestWorkspace.clean;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Field;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.store.WorkspaceContent;

/** The headless check with a fake reader: output and exit codes. */
class CheckCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(WorkspaceFileReader reader, String... args) {
        return CheckCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), reader, TestWorkspace.MARCH_2026);
    }

    private static WorkspaceFileReader returning(WorkspaceContent content) {
        return file -> CheckInput.of(content);
    }

    /** The file's workspace with its registrations' checklists as ticked ({@link TestWorkspace#clean} ticks them all). */
    private static WorkspaceFileReader returning(TestWorkspace workspace) {
        return file -> new CheckInput(workspace.content(), Map.of(), Map.of(), workspace.notes);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void warningsOnlyExitZero() {
        // an exported file carries no connection tests: both mailboxes are "never tested", a warning
        int exit = run(returning(clean()), "check", "contoso.json");

        assertThat(exit).isZero();
        assertThat(out()).isEqualTo("""
                Warning: Mailbox smtp-client [neverTested]
                    Mailbox smtp-client has never been tested.
                    Fix: Test the connection of smtp-client before go-live.
                Warning: Mailbox support@contoso.com [neverTested]
                    Mailbox support@contoso.com has never been tested.
                    Fix: Test the connection of support@contoso.com before go-live.
                contoso.json: no errors, 2 warnings, no notes
                """);
        assertThat(err()).isEmpty();
    }

    @Test
    void errorsExitOneAndComeFirst() {
        TestWorkspace w = clean();
        w.remove(w.outbound);

        int exit = run(returning(w), "contoso.json");

        assertThat(exit).isEqualTo(1);
        assertThat(out()).startsWith("""
                Error: Workspace [noOutbound]
                    The workspace has no outbound mailbox: agents cannot send replies.
                    Fix: Add the outbound mailbox smtp-client""");
        assertThat(out()).endsWith("contoso.json: 1 error, 1 warning, no notes\n");
    }

    @Test
    void theReaderGetsTheNamedFile() {
        Path[] asked = new Path[1];
        run(file -> {
            asked[0] = file;
            return CheckInput.of(clean().content());
        }, "check", "exports/contoso.json");

        assertThat(asked[0]).isEqualTo(Path.of("exports/contoso.json"));
    }

    @Test
    void anUnreadableFileExitsTwoNamingTheFileAndTheProblem() {
        int exit = run(file -> {
            throw new WorkspaceFileException(file, "line 3, column 14: unexpected end of input");
        }, "broken.json");

        assertThat(exit).isEqualTo(2);
        assertThat(err()).isEqualTo("Cannot check broken.json: line 3, column 14: unexpected end of input\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void aValueTheDomainRefusesIsAnErrorFoundNotAnUnreadableFile() {
        int exit = run(file -> {
            throw new WorkspaceRulesException(file, java.util.List.of("$.mailboxes[0].name (line 9, column 17): at most 40 characters"), null);
        }, "odd.json");

        assertThat(exit).isEqualTo(1);
        assertThat(out()).isEqualTo("""
                Error: File [importRules]
                    $.mailboxes[0].name (line 9, column 17): at most 40 characters
                    Fix: Correct the value at this place in the file (or in the workspace it was exported from, then export again) and check again.
                odd.json: 1 error; the file cannot be imported until it is fixed, so the rest of the check did not run
                """);
        assertThat(err()).isEmpty();
    }

    @Test
    void runningOutOfMemoryIsNoFindingButAFileThatCannotBeChecked() {
        int exit = run(file -> {
            throw new OutOfMemoryError("Java heap space");
        }, "huge.json");

        assertThat(exit).isEqualTo(2);
        assertThat(err()).startsWith("Cannot check huge.json: Mailroom ran out of memory").doesNotContain("heap space");
        assertThat(out()).isEmpty();
    }

    @Test
    void aRuleViolationFromTheDomainIsAnErrorFoundToo() {
        int exit = run(file -> {
            throw new RuleViolationException(Violation.of(Field.MAILBOX_NAME, "rule.mailboxName.length", 40, 50));
        }, "odd.json");

        assertThat(exit).isEqualTo(1);
        assertThat(out()).contains("Error: File [importRules]", "40 characters");
    }

    @Test
    void aBugIsNotExplainedWithItsJavaMessage() {
        int exit = run(file -> {
            throw new IllegalStateException("java.lang.NullPointerException: node is null");
        }, "odd.json");

        assertThat(exit).isEqualTo(2);
        assertThat(err()).isEqualTo("Cannot check odd.json: something unexpected went wrong; the details are in the log\n");
    }

    @Test
    void noFileIsABadArgument() {
        assertThat(run(returning(clean().content()), "check")).isEqualTo(2);
        assertThat(err()).startsWith("check: name the exported workspace file to check.\nUsage: check <exported workspace.json>");
    }

    @Test
    void twoFilesOrAnOptionAreBadArguments() {
        assertThat(run(returning(clean().content()), "a.json", "b.json")).isEqualTo(2);
        assertThat(run(returning(clean().content()), "--strict")).isEqualTo(2);
        assertThat(err()).contains("got: a.json b.json", "got: --strict");
        assertThat(out()).isEmpty();
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run(returning(clean().content()), "check", "--help")).isZero();
        assertThat(out()).contains("Exit codes: 0 no errors");
    }
}
