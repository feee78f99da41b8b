package org.mailroom.check;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Severity;
import org.mailroom.domain.AdminMessage;
import org.mailroom.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The headless configuration check, for scripts: {@code check <exported workspace.json>}. Prints each finding
 * (severity, item, message, fix) and a summary. Exit codes: 0 no errors (warnings allowed), 1 errors found
 * (rule breaks that keep the file from being imported among them), 2 only when the file cannot be read or is
 * no Mailroom workspace file, or for bad arguments.
 */
public final class CheckCommand {

    public static final int NO_ERRORS = 0;
    public static final int ERRORS = 1;
    public static final int UNUSABLE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(CheckCommand.class);

    private CheckCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err, WorkspaceFileReader reader) {
        return run(args, out, err, reader, Clock.systemDefaultZone());
    }

    static int run(String[] args, PrintStream out, PrintStream err, WorkspaceFileReader reader, Clock clock) {
        int start = args.length > 0 && args[0].equals("check") ? 1 : 0;
        int count = args.length - start;
        if (count == 1 && (args[start].equals("--help") || args[start].equals("-h"))) {
            out.println(Text.get("check.cli.usage"));
            return NO_ERRORS;
        }
        if (count != 1 || args[start].startsWith("-") || args[start].isBlank()) {
            err.println(count == 0 ? Text.get("check.cli.noFile") : Text.get("check.cli.badArguments", String.join(" ", args)));
            err.println(Text.get("check.cli.usage"));
            return UNUSABLE;
        }
        Path file;
        try {
            file = Path.of(args[start]);
        } catch (InvalidPathException e) {
            err.println(Text.get("check.file.unreadable", args[start], e.getReason()));
            return UNUSABLE;
        }
        CheckInput content;
        try {
            content = reader.read(file);
        } catch (WorkspaceRulesException e) {
            printRuleBreaks(e.problems(), file, out);
            return ERRORS;
        } catch (RuleViolationException e) {
            printRuleBreaks(List.of(e.getMessage().split("\n")), file, out);
            return ERRORS;
        } catch (OutOfMemoryError e) {
            // errors found would be a lie: nothing was checked
            err.println(Text.get("check.file.tooBigForMemory", file, Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            return UNUSABLE;
        } catch (WorkspaceFileException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        } catch (RuntimeException e) {
            // a value the domain refuses (a 50-character Mailbox Name...) surfaces as a rule violation, in words;
            // anything else is a bug, whose story is for the log, not for the script reading stderr
            boolean said = e instanceof AdminMessage;
            if (!said) {
                LOG.error("Checking {} failed", file, e);
            }
            err.println(Text.get("check.file.unreadable", file, said ? e.getMessage() : Text.get("check.file.unexpected")));
            return UNUSABLE;
        }
        CheckReport report = new ConfigurationCheck(clock).run(content);
        print(report, file, out);
        return report.hasErrors() ? ERRORS : NO_ERRORS;
    }

    /** A file import would refuse: each broken rule is an error of the check, then the summary. */
    private static void printRuleBreaks(List<String> problems, Path file, PrintStream out) {
        for (String problem : problems) {
            out.println(Text.get("check.cli.finding", Severity.ERROR.label(), Text.get("check.item.file"), "importRules"));
            out.println("    " + problem);
            out.println("    " + Text.get("check.cli.fix", Text.get("check.file.ruleBreakFix")));
        }
        out.println(Text.get("check.cli.unimportable", file, problems.size()));
        out.flush();
    }

    /** The check of a workspace ({@code check --workspace LOCATION}): findings and summary as for a file, and the exit code. */
    public static int printWorkspace(CheckReport report, String location, PrintStream out) {
        print(report, location, out);
        return report.hasErrors() ? ERRORS : NO_ERRORS;
    }

    private static void print(CheckReport report, Object file, PrintStream out) {
        for (Finding finding : report.findings()) {
            out.println(Text.get("check.cli.finding", finding.severity().label(), finding.item().label(), finding.ruleId()));
            out.println("    " + finding.message());
            out.println("    " + Text.get("check.cli.fix", finding.fix()));
        }
        out.println(Text.get("check.cli.summary", file, report.counts().summary()));
        out.flush();
    }
}
