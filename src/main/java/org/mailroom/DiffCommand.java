package org.mailroom;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mailroom.check.CheckInput;
import org.mailroom.check.WorkspaceFileException;
import org.mailroom.check.WorkspaceFileReader;
import org.mailroom.check.WorkspaceRulesException;
import org.mailroom.domain.AdminMessage;
import org.mailroom.history.ChangeReport;
import org.mailroom.history.Comparison;
import org.mailroom.history.ItemDifference;
import org.mailroom.history.WorkspaceItems;
import org.mailroom.text.Text;

/**
 * {@code diff A.json B.json [--html]}: what B adds, removes and changes against A, item by item and field by field,
 * compared as the handover review compares (items matched by kind and name). Exit codes: 0 the same, 1 different,
 * 2 a file that can't be read or isn't a valid Mailroom workspace file, or bad arguments.
 */
final class DiffCommand {

    static final int SAME = 0;
    static final int DIFFERENT = 1;
    static final int UNUSABLE = 2;

    private DiffCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err, WorkspaceFileReader reader) {
        List<String> files = new ArrayList<>();
        boolean html = false;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(Text.get("diff.cli.usage"));
                return SAME;
            }
            if (arg.equals("--html")) {
                html = true;
            } else if (arg.startsWith("-") || arg.isBlank()) {
                return usage(err, Text.get("diff.cli.badArguments", arg));
            } else {
                files.add(arg);
            }
        }
        if (files.size() != 2) {
            return usage(err, Text.get("diff.cli.twoFiles"));
        }
        List<CheckInput> sides = new ArrayList<>();
        for (String name : files) {
            try {
                sides.add(reader.read(Path.of(name)));
            } catch (InvalidPathException e) {
                err.println(Text.get("diff.cli.unreadable", name, e.getReason()));
                return UNUSABLE;
            } catch (WorkspaceRulesException e) {
                err.println(Text.get("diff.cli.unreadable", name, String.join(" ", e.problems())));
                return UNUSABLE;
            } catch (WorkspaceFileException e) {
                err.println(e.getMessage());
                return UNUSABLE;
            } catch (RuntimeException e) {
                if (!(e instanceof AdminMessage)) {
                    throw e;
                }
                err.println(Text.get("diff.cli.unreadable", name, e.getMessage()));
                return UNUSABLE;
            }
        }
        List<ItemDifference> differences = Comparison.between(WorkspaceItems.of(sides.get(0).content()),
                WorkspaceItems.of(sides.get(1).content()), Comparison.Matching.BY_NAME);
        String title = Text.get("diff.cli.title", files.get(0), files.get(1));
        out.print(html ? ChangeReport.html(title, differences, List.of()) : ChangeReport.text(title, differences, List.of()));
        out.flush();
        return differences.isEmpty() ? SAME : DIFFERENT;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(Text.get("diff.cli.usage"));
        return UNUSABLE;
    }
}
